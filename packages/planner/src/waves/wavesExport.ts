import { SUPPORT_LEVEL_LABELS } from '../domain/stages.js';
import type { ExportProducer } from '../exports/exportTable.js';
import type { WavesService } from './waves.service.js';

/**
 * The export table `waves`: demand against capacity per wave by start, and a last row for the processes
 * in no wave. Waves are city-wide, so every caller gets every wave.
 */
export function wavesExport(service: WavesService, now: () => Date): ExportProducer {
  return async (scope) => {
    const overview = await service.overview(scope);
    const rows = overview.items.map((w) => ({
      id: w.id,
      name: w.name,
      start: w.start,
      end: w.end,
      departments: w.departments.join(', '),
      processKeys: w.processKeys.length,
      capacity: w.capacityPersonDays,
      demand: w.demand.demand,
      ratio: w.demand.ratio,
      overAllocated: w.demand.overAllocated,
      processes: w.demand.processes,
      assumed: w.demand.assumed,
      selfService: w.demand.demandBySupport.self_service,
      consulting: w.demand.demandBySupport.consulting,
      fullService: w.demand.demandBySupport.full_service,
      external: w.demand.demandBySupport.external,
    }));
    rows.push({
      id: '',
      name: 'Ohne Welle',
      start: '',
      end: '',
      departments: '',
      processKeys: 0,
      capacity: 0,
      demand: overview.unassigned.demand,
      ratio: null,
      overAllocated: false,
      processes: overview.unassigned.processes,
      assumed: 0,
      selfService: 0,
      consulting: 0,
      fullService: 0,
      external: 0,
    });
    return {
      sheetName: 'Wellen',
      fileName: `wellen-${now().toISOString().slice(0, 10)}`,
      columns: [
        { key: 'id', title: 'Welle', type: 'text', width: 16 },
        { key: 'name', title: 'Name', type: 'text', width: 28 },
        { key: 'start', title: 'Beginn', type: 'date' },
        { key: 'end', title: 'Ende', type: 'date' },
        { key: 'departments', title: 'Ämter', type: 'text', width: 30 },
        { key: 'processKeys', title: 'Einzeln genannte Prozesse', type: 'integer' },
        { key: 'capacity', title: 'Kapazität (PT)', type: 'number' },
        { key: 'demand', title: 'Bedarf (PT)', type: 'number' },
        { key: 'ratio', title: 'Auslastung', type: 'percent' },
        { key: 'overAllocated', title: 'Überbucht', type: 'text', width: 11 },
        { key: 'processes', title: 'Prozesse mit Restaufwand', type: 'integer' },
        { key: 'assumed', title: 'davon ohne Planung', type: 'integer' },
        { key: 'selfService', title: `Bedarf ${SUPPORT_LEVEL_LABELS.self_service.de} (PT)`, type: 'number' },
        { key: 'consulting', title: `Bedarf ${SUPPORT_LEVEL_LABELS.consulting.de} (PT)`, type: 'number' },
        { key: 'fullService', title: `Bedarf ${SUPPORT_LEVEL_LABELS.full_service.de} (PT)`, type: 'number' },
        { key: 'external', title: `Bedarf ${SUPPORT_LEVEL_LABELS.external.de} (PT)`, type: 'number' },
      ],
      rows,
    };
  };
}
