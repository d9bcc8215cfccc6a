import type { LogbookRepository } from '../../functions/application/ports/logbook-repository';
import type { ProposalRepository } from '../../functions/application/ports/proposal-repository';
import type { StructureRepository } from '../../functions/application/ports/structure-repository';

/** The ports through which the tenants' records are read. */
export interface RecordPorts {
  readonly structures: StructureRepository;
  readonly proposals: ProposalRepository;
  readonly logbook: LogbookRepository;
}

/** A port that notes each call as `port.method tenant`; every method of these ports takes the tenant first. */
function recorded<T extends object>(port: T, name: string, reads: string[]): T {
  return new Proxy(port, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads.push(`${name}.${String(property)} ${String(args[0])}`);
        return (value as (...given: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * The records' ports, noting what is read through them: which tenants, and every
 * read of a whole tenant (all its circles, every proposal), which a timer or a step
 * that costs what is due never makes.
 */
export function recordingReads(from: RecordPorts): {
  ports: RecordPorts;
  tenants: () => string[];
  whole: () => string[];
  everyProposal: () => string[];
} {
  const reads: string[] = [];
  const ports = {
    structures: recorded(from.structures, 'structures', reads),
    proposals: recorded(from.proposals, 'proposals', reads),
    logbook: recorded(from.logbook, 'logbook', reads),
  };
  return {
    ports,
    tenants: () => [...new Set(reads.map((read) => read.split(' ')[1] ?? ''))].sort(),
    whole: () => reads.filter((read) => /^(structures\.load|proposals\.loadAll) /.test(read)),
    everyProposal: () => reads.filter((read) => read.startsWith('proposals.loadAll ')),
  };
}
