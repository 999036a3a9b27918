/**
 * The modeler's toolbar: undo/redo, save, open a file, export. A toolbar in the ARIA sense, with
 * the state (unsaved changes) announced next to it. Read-only (for those who may not change the
 * process), it offers the exports alone.
 */
import { useRef, type ChangeEvent } from 'react';
import type { ExportKind } from '../files/exportDiagram';
import { useModelerTranslation } from '../i18n';

export type { ExportKind };

/** The buttons of the modeler that change the diagram. */
export interface EditingToolbarProps {
  readOnly?: false;
  canUndo: boolean;
  canRedo: boolean;
  dirty: boolean;
  /** Saving or opening is under way: those buttons wait. */
  busy: boolean;
  onUndo(): void;
  onRedo(): void;
  onSave(): void;
  onOpenFile(file: File): void;
}

export type ModelerToolbarProps = { onExport(kind: ExportKind): void } & (EditingToolbarProps | { readOnly: true });

export function ModelerToolbar(props: ModelerToolbarProps) {
  const { t } = useModelerTranslation();
  const fileInput = useRef<HTMLInputElement>(null);

  const openFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // the same file can be chosen again later
    event.target.value = '';
    if (file && !props.readOnly) props.onOpenFile(file);
  };

  const exports = (
    <>
      <button type="button" className="button button--secondary" onClick={() => props.onExport('bpmn')}>
        {t('toolbar.exportBpmn')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => props.onExport('svg')}>
        {t('toolbar.exportSvg')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => props.onExport('png')}>
        {t('toolbar.exportPng')}
      </button>
    </>
  );

  if (props.readOnly) {
    return (
      <div className="modeler-toolbar">
        <div role="toolbar" aria-label={t('toolbar.label')} className="modeler-toolbar__buttons">
          {exports}
        </div>
      </div>
    );
  }

  return (
    <div className="modeler-toolbar">
      <div role="toolbar" aria-label={t('toolbar.label')} className="modeler-toolbar__buttons">
        <button type="button" className="button button--secondary" onClick={props.onUndo} disabled={!props.canUndo}>
          {t('toolbar.undo')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onRedo} disabled={!props.canRedo}>
          {t('toolbar.redo')}
        </button>
        <button type="button" className="button" onClick={props.onSave} disabled={props.busy}>
          {t('toolbar.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => fileInput.current?.click()}
          disabled={props.busy}
        >
          {t('toolbar.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".bpmn,.xml,application/xml,text/xml"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('toolbar.import')}
          onChange={openFile}
          data-testid="bpmn-file-input"
        />
        {exports}
      </div>
      <p className="modeler-toolbar__state" role="status">
        {props.dirty ? t('page.unsaved') : t('page.saved')}
      </p>
      <p className="modeler-toolbar__hint">{t('toolbar.shortcuts')}</p>
    </div>
  );
}
