import {
  organisationRoles,
  type OrganisationRole,
} from '../../../src/domain/organisation-roles.js';
import { listOrganisations } from '../extracted.js';
import { createEntityKind, type EntityLabel } from './entity-kind.js';

export interface OrganisationLabel extends EntityLabel {
  readonly role: OrganisationRole;
}

/**
 * Organisations a report names, each with its role: an extracted organisation (any
 * organisation node, or a force other than the report's own) matches its label by name and
 * must carry the labelled role.
 */
export const organisations = createEntityKind<OrganisationLabel>({
  name: 'organisations',
  description: 'organisations named, with their role (name and role must match)',
  target: { precision: 0.95, recall: 0.9 },
  floor: { precision: 0.95, recall: 0.9 },
  extraProperties: { role: { enum: [...organisationRoles] } },
  required: ['role'],
  extract: (report) => listOrganisations(report.dataset, report.parsed.metadata.forceId),
  check: (entity, label) =>
    entity.role === label.role ? undefined : `role ${entity.role}, labelled ${label.role}`,
});
