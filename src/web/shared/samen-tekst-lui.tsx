/**
 * The editor of texts written together, loaded when a page needs it: Tiptap, ProseMirror and Yjs are
 * a large part of the web app, and most pages (knowledge base, dashboard, documents) have no editor.
 */
import { lazy, Suspense } from 'react';
import type { SamenTekstProps } from './samen-tekst.tsx';

const Editor = lazy(() => import('./samen-tekst.tsx').then((m) => ({ default: m.SamenTekst })));

export function SamenTekst(props: SamenTekstProps) {
  return (
    <Suspense
      fallback={
        <div className="utrecht-form-field kp-field kp-editor" data-sleutel={props.sleutel}>
          <p className="utrecht-form-label kp-editor__label">{props.label}</p>
          <p className="kp-editor__stand" role="status">
            Editor laden…
          </p>
        </div>
      }
    >
      <Editor {...props} />
    </Suspense>
  );
}
