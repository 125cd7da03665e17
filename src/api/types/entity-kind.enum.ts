import {
  forceFactCategories,
  initiativeKinds,
  partnerSectors,
  publicBodyKinds,
  unitKinds,
  type ForceFactCategory as Category,
  type InitiativeKind as Kind,
  type PartnerSector as Sector,
  type PublicBodyKind as BodyKind,
  type UnitKind as Unit,
} from '../../domain/entity-kinds.js';
import { registerDomainEnum } from './domain-enum.js';

export const PartnerSector = registerDomainEnum(partnerSectors, {
  name: 'PartnerSector',
  description: 'The kind of organisation a partner agency is.',
  valuesConfig: {
    LOCAL_GOVERNMENT: {
      description:
        "Local authorities and their services (children's services, adult social services, ...).",
    },
    HEALTH: { description: 'Health services, NHS trusts, primary care trusts, ...' },
    CRIMINAL_JUSTICE: { description: 'Crown Prosecution Service, probation, prisons, courts, ...' },
    EDUCATION: { description: 'Schools, Connexions, academic institutions, ...' },
    VOLUNTARY: {
      description: 'Charities and voluntary organisations (Victim Support, Refuge, NSPCC, ...).',
    },
    CENTRAL_GOVERNMENT: {
      description: 'Government departments (Home Office, Ministry of Justice, ...).',
    },
    BUSINESS: { description: 'Retailers and other businesses.' },
    POLICING_BODY: {
      description: 'Bodies that govern or serve the police (police authorities, MOPAC, ACPO, ...).',
    },
    EMERGENCY_SERVICES: { description: 'Fire and rescue and ambulance services.' },
    HOUSING: { description: 'Housing providers (registered social landlords, ...).' },
  },
});
export type PartnerSector = Sector;

export const PublicBodyKind = registerDomainEnum(publicBodyKinds, {
  name: 'PublicBodyKind',
  description:
    'The kind of public body the gazetteers of UK public bodies and local authorities record, finer than the sector (a university and a school are both EDUCATION).',
  valuesConfig: {
    LOCAL_AUTHORITY: {
      description: 'A county, district, unitary or metropolitan council or a London borough.',
    },
    GOVERNMENT_DEPARTMENT: {
      description: 'A ministerial department (Home Office, Cabinet Office, ...).',
    },
    GOVERNMENT_AGENCY: {
      description:
        'An executive agency or other government body (Criminal Records Bureau, Highways Agency, ...).',
    },
    NHS_BODY: { description: 'An NHS body (NHS England, clinical commissioning groups, ...).' },
    AMBULANCE_SERVICE: { description: 'An ambulance service.' },
    FIRE_AND_RESCUE_SERVICE: { description: 'A fire and rescue service.' },
    CRIMINAL_JUSTICE_BODY: {
      description:
        'A body of the criminal justice system (HM Courts & Tribunals Service, Parole Board, ...).',
    },
    REGULATOR: {
      description: 'A regulator (Security Industry Authority, Financial Conduct Authority, ...).',
    },
    INSPECTORATE: {
      description:
        'An inspectorate or complaints body (Ofsted, Care Quality Commission, IPCC, ...).',
    },
    UNIVERSITY: { description: 'A university.' },
  },
});
export type PublicBodyKind = BodyKind;

export const UnitKind = registerDomainEnum(unitKinds, {
  name: 'UnitKind',
  description: 'What kind of part of a force a unit is.',
  valuesConfig: {
    COMMAND: { description: 'A command (e.g. Homicide and Serious Crime Command).' },
    DIRECTORATE: {
      description:
        'A directorate or business group (e.g. Specialist Crime Directorate, Territorial Policing).',
    },
    DEPARTMENT: { description: 'A department (e.g. criminal investigation department).' },
    UNIT: { description: 'A unit (e.g. public protection unit).' },
    TEAM: { description: 'A team (e.g. neighbourhood policing team).' },
    BUREAU: { description: 'A bureau (e.g. force intelligence bureau).' },
    BRANCH: { description: 'A branch (e.g. Special Branch).' },
    SQUAD: { description: 'A squad (e.g. Flying Squad).' },
    ACADEMY: { description: 'A training academy (e.g. Crime Academy).' },
    BCU: { description: 'A basic command unit: a BCU, OCU or borough.' },
    LPA: { description: 'A local policing area (Thames Valley’s LPAs within its BCUs).' },
  },
});
export type UnitKind = Unit;

export const InitiativeKind = registerDomainEnum(initiativeKinds, {
  name: 'InitiativeKind',
  description: 'What kind of initiative it is.',
  valuesConfig: {
    MULTI_AGENCY_ARRANGEMENT: {
      description:
        'Agencies working together under one arrangement (MASH, MARAC, MAPPA, CDRP, LSCB, ...).',
    },
    FORUM: {
      description: 'A standing group, panel, network or board (e.g. independent advisory group).',
    },
    OPERATION: { description: 'A named police operation ("Operation X").' },
    PROGRAMME: { description: 'A programme (e.g. Safer Neighbourhoods programme).' },
    PROJECT: { description: 'A project (e.g. Five boroughs project, "Project X").' },
    SCHEME: { description: 'A scheme (e.g. Prolific and priority offender scheme).' },
    STRATEGY: { description: 'A strategy (e.g. CONTEST).' },
    SYSTEM: { description: 'An IT system or register (e.g. Police National Computer).' },
    MODEL: {
      description: 'A model or method of working (e.g. National Intelligence Model, THRIVE).',
    },
    STANDARD: {
      description: 'A standard, code or set of rules (e.g. National Crime Recording Standard).',
    },
    DEVELOPING_PRACTICE: {
      description:
        'An example of developing practice a report presents (problem, solution, outcome).',
    },
  },
});
export type InitiativeKind = Kind;

export const ForceFactCategory = registerDomainEnum(forceFactCategories, {
  name: 'ForceFactCategory',
  description: 'Where in a report a figure about a force comes from.',
  valuesConfig: {
    OVERVIEW: { description: 'The force overview (area, population, households, BCUs, ...).' },
    INDICATOR: {
      description:
        'A performance table (a rate with its change and the most-similar-forces average).',
    },
  },
});
export type ForceFactCategory = Category;
