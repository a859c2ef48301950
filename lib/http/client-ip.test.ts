import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";

describe("clientIpFrom", () => {
  it("takes the connection's peer, never what the client wrote before it", () => {
    expect(clientIpFrom("6.6.6.6, 127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientIpFrom("::ffff:10.1.2.3", 0)).toBe("10.1.2.3");
  });
  it("trusts exactly the configured number of proxies", () => {
    expect(clientIpFrom("6.6.6.6, 203.0.113.9, 10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", 3)).toBe("203.0.113.9");
  });
  it("gives null when there is nothing usable", () => {
    expect(clientIpFrom(null, 0)).toBeNull();
    expect(clientIpFrom("", 0)).toBeNull();
    expect(clientIpFrom("not an address", 0)).toBeNull();
  });
});
