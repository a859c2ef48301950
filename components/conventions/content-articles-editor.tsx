"use client";

import { useState } from "react";
import type { Article } from "@/lib/conventions/content";
import { CONVENTION_VARIABLES } from "@/lib/conventions/vocabulary";
import type { KeyedList } from "@/components/conventions/content-keyed-list";
import { useFocusAfterRender } from "@/components/conventions/use-focus-after-render";

const INPUT = "mt-1 w-full rounded border border-slate-500 px-3 py-2";
const BUTTON =
  "rounded border border-slate-500 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

const rowsFor = (body: string) =>
  Math.min(24, Math.max(4, Math.ceil(body.length / 95) + body.split("\n").length));

/** The help listing the `{{variables}}` an article may use. */
function VariablesHelp({ id }: { id: string }) {
  return (
    <details className="rounded border border-slate-300 bg-slate-50 p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        Variables utilisables dans le texte des articles
      </summary>
      <p id={id} className="mt-2">
        Écrivez une variable entre doubles accolades, par exemple{" "}
        <code>{"{{etablissement.nom}}"}</code> : elle est remplacée par sa valeur dans chaque
        convention. Une convention n&apos;est figée que lorsque chaque variable qu&apos;elle utilise
        a une valeur ou est marquée « sans objet » ; <code>{"{{annexes.liste}}"}</code> donne la
        liste numérotée des annexes jointes.
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {Object.entries(CONVENTION_VARIABLES).map(([name, label]) => (
          <div key={name} className="contents">
            <dt>
              <code>{`{{${name}}}`}</code>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Articles: title and text, added, removed and reordered with buttons (keyboard only). */
export function ArticlesEditor({ list, idPrefix }: { list: KeyedList<Article>; idPrefix: string }) {
  const setFocusId = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState("");
  const count = list.items.length;
  const id = (key: number, part: string) => `${idPrefix}-article-${key}-${part}`;
  const helpId = `${idPrefix}-variables-help`;
  const addId = `${idPrefix}-article-add`;

  function move(key: number, index: number, delta: -1 | 1) {
    const target = index + delta;
    list.move(key, delta);
    const atEdge = delta === -1 ? target === 0 : target === count - 1;
    setFocusId(id(key, delta === -1 ? (atEdge ? "down" : "up") : atEdge ? "up" : "down"));
    setAnnouncement(`Article déplacé en position ${target + 1} sur ${count}.`);
  }

  function remove(key: number, index: number, title: string) {
    if (!window.confirm(`Supprimer l'article ${index + 1}${title ? ` « ${title} »` : ""} ?`))
      return;
    const neighbour = list.items[index + 1] ?? list.items[index - 1];
    list.remove(key);
    setFocusId(neighbour ? id(neighbour.key, "title") : addId);
    setAnnouncement(`Article ${index + 1} supprimé.`);
  }

  function add() {
    const key = list.add({ title: "", body: "" });
    setFocusId(id(key, "title"));
    setAnnouncement(`Article ${count + 1} ajouté.`);
  }

  return (
    <div className="space-y-4">
      <VariablesHelp id={helpId} />
      <ol className="space-y-4">
        {list.items.map(({ key, value }, index) => (
          <li key={key}>
            <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
              <legend className="px-1 font-semibold">Article {index + 1}</legend>
              <label htmlFor={id(key, "title")} className="block text-sm font-medium">
                Titre<span className="sr-only"> de l&apos;article {index + 1}</span>
              </label>
              <input
                id={id(key, "title")}
                value={value.title}
                maxLength={200}
                className={INPUT}
                onChange={(e) => list.update(key, { title: e.target.value })}
              />
              <label htmlFor={id(key, "body")} className="mt-3 block text-sm font-medium">
                Texte<span className="sr-only"> de l&apos;article {index + 1}</span>
              </label>
              <textarea
                id={id(key, "body")}
                value={value.body}
                rows={rowsFor(value.body)}
                aria-describedby={helpId}
                className={`${INPUT} font-serif leading-relaxed`}
                onChange={(e) => list.update(key, { body: e.target.value })}
              />
              <div className="mt-3 flex flex-wrap gap-2">
                <button
                  type="button"
                  id={id(key, "up")}
                  className={BUTTON}
                  disabled={index === 0}
                  onClick={() => move(key, index, -1)}
                >
                  Monter<span className="sr-only"> l&apos;article {index + 1}</span>
                </button>
                <button
                  type="button"
                  id={id(key, "down")}
                  className={BUTTON}
                  disabled={index === count - 1}
                  onClick={() => move(key, index, 1)}
                >
                  Descendre<span className="sr-only"> l&apos;article {index + 1}</span>
                </button>
                <button
                  type="button"
                  className={`${BUTTON} border-red-800 text-red-900 hover:bg-red-50`}
                  disabled={count === 1}
                  onClick={() => remove(key, index, value.title)}
                >
                  Supprimer<span className="sr-only"> l&apos;article {index + 1}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id={addId} className={BUTTON} onClick={add}>
        Ajouter un article
      </button>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
