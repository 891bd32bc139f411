// The guide's data and the lookups every view needs. The interface's own words are in content/text/.
import { guide } from './guide';
import type { PrerequisiteId, ResourceId, SituationId } from './ids';
import type { Situation } from './schema';

export { CONTACT_ADDRESS, guide } from './guide';
export { PREREQUISITE_IDS, SITUATION_IDS } from './ids';
export type {
  Added,
  Guide,
  Mail,
  Prerequisite,
  PrerequisiteId,
  Resource,
  ResourceId,
  Situation,
  SituationId,
  Step,
} from './schema';

export function situationById(id: SituationId): Situation {
  const situation = guide.situations.find((candidate) => candidate.id === id);
  // The schema test proves every id has its situation; this only guards a broken edit.
  if (!situation) throw new Error(`Situation absente du guide : ${id}`);
  return situation;
}

export function resourceById(id: ResourceId) {
  return guide.resources.find((resource) => resource.id === id);
}

export function prerequisiteById(id: PrerequisiteId) {
  return guide.prerequisites.find((prerequisite) => prerequisite.id === id);
}
