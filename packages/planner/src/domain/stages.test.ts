import assert from 'node:assert/strict';
import {
  checkTransition,
  isInProgress,
  isStage,
  isSupportLevel,
  stageRank,
  STAGE_LABELS,
  STAGES,
  SUPPORT_LEVEL_LABELS,
  SUPPORT_LEVELS,
  type Stage,
  type TransitionKind,
} from './stages.js';

describe('stages', () => {
  describe('#checkTransition', () => {
    /** [from, to, reason, the kind of move]: transitions that are allowed. */
    const ALLOWED: Array<[Stage, Stage, string | undefined, TransitionKind]> = [
      ['not_started', 'analysis', undefined, 'forward'],
      ['analysis', 'modelled', undefined, 'forward'],
      ['modelled', 'efile_configured', undefined, 'forward'],
      ['efile_configured', 'pilot', undefined, 'forward'],
      ['pilot', 'live', undefined, 'forward'],
      ['not_started', 'live', undefined, 'forward'],
      ['analysis', 'pilot', 'irrelevant but allowed', 'forward'],
      ['live', 'pilot', 'Fehler im Produktivbetrieb', 'backward'],
      ['pilot', 'not_started', 'Zuständigkeit gewechselt', 'backward'],
      ['not_started', 'not_applicable', 'Prozess entfällt 2025', 'out_of_scope'],
      ['live', 'not_applicable', 'Aufgabe an das Land übertragen', 'out_of_scope'],
      ['not_applicable', 'analysis', 'Aufgabe kommt zurück', 'into_scope'],
      ['not_applicable', 'live', 'doch im Einsatz', 'into_scope'],
    ];
    for (const [from, to, reason, kind] of ALLOWED) {
      it(`allows ${from} → ${to}${reason ? ' with a reason' : ''} as ${kind}`, () => {
        // when the transition is checked
        const check = checkTransition(from, to, { reason });
        // then it is allowed, of that kind
        assert.deepEqual(check, { ok: true, kind });
      });
    }

    /** [from, to, reason, the field that fails]: transitions that are refused. */
    const REFUSED: Array<[Stage, Stage, string | undefined, string]> = [
      ['live', 'pilot', undefined, '/reason'],
      ['live', 'pilot', '   ', '/reason'],
      ['modelled', 'analysis', '', '/reason'],
      ['analysis', 'not_applicable', undefined, '/reason'],
      ['not_applicable', 'not_started', undefined, '/reason'],
      ['pilot', 'pilot', 'no change', '/to'],
      ['not_applicable', 'not_applicable', 'still', '/to'],
      ['not_started', 'done' as Stage, undefined, '/to'],
      ['started' as Stage, 'live', undefined, '/from'],
    ];
    for (const [from, to, reason, field] of REFUSED) {
      it(`refuses ${from} → ${to} with reason ${JSON.stringify(reason)}, naming ${field}`, () => {
        // when the transition is checked
        const check = checkTransition(from, to, { reason });
        // then it is refused for exactly that field
        assert.equal(check.ok, false);
        assert.deepEqual(check.ok ? [] : check.errors.map((e) => e.field), [field]);
      });
    }

    it('says why a backward move is refused', () => {
      // when live → analysis comes without a reason
      const check = checkTransition('live', 'analysis');
      // then the message names the move
      assert.deepEqual(check, {
        ok: false,
        errors: [{ field: '/reason', message: 'is required when moving back from live to analysis' }],
      });
    });
  });

  describe('#stageRank', () => {
    it('orders the rollout stages and puts not applicable outside', () => {
      // when every stage is ranked
      const ranks = STAGES.map(stageRank);
      // then the order is not started 0 … live 5, not applicable -1
      assert.deepEqual(ranks, [0, 1, 2, 3, 4, 5, -1]);
    });
  });

  describe('#isInProgress', () => {
    it('counts analysis to pilot as in progress, nothing else', () => {
      // when every stage is asked
      const inProgress = STAGES.filter(isInProgress);
      // then only the four middle stages are in progress
      assert.deepEqual(inProgress, ['analysis', 'modelled', 'efile_configured', 'pilot']);
    });
  });

  describe('labels', () => {
    it('names every stage and support level in German and English', () => {
      // then each has both labels, the German ones as the UI shows them
      assert.deepEqual(
        STAGES.map((s) => STAGE_LABELS[s].de),
        ['Nicht begonnen', 'Ist-Aufnahme', 'Modelliert', 'E-Akte konfiguriert', 'Pilot', 'Live', 'Nicht anwendbar'],
      );
      assert.deepEqual(
        SUPPORT_LEVELS.map((s) => SUPPORT_LEVEL_LABELS[s].de),
        ['Selbstständig', 'Beratung', 'Vollservice', 'Extern'],
      );
      assert.deepEqual(
        SUPPORT_LEVELS.map((s) => SUPPORT_LEVEL_LABELS[s].en),
        ['Self-service', 'Consulting', 'Full service', 'External'],
      );
      assert.equal(STAGE_LABELS.efile_configured.en, 'E-file configured');
    });
  });

  describe('#isStage / #isSupportLevel', () => {
    it('knows the names and nothing else', () => {
      assert.equal(isStage('pilot'), true);
      assert.equal(isStage('toString'), false);
      assert.equal(isStage(3), false);
      assert.equal(isSupportLevel('full_service'), true);
      assert.equal(isSupportLevel('vollservice'), false);
    });
  });
});
