import { findGradeScale } from '../../domain/grade-scales.js';
import {
  findGradeLevel,
  toGradeScale,
  type GradeLevel,
  type GradeScale,
} from '../types/grade.type.js';

/**
 * The level of a stored grade label on its stored scale. Ingestion only writes grades of the
 * domain scales, so a miss means the graph and the code disagree: an internal error, masked.
 */
export function readGradeLevel(scaleId: string, label: string): GradeLevel {
  const level = findGradeLevel(scaleId, label);
  if (!level) throw new Error(`Grade "${label}" is not on scale ${scaleId}`);
  return level;
}

/** The stored scale id as the GradeScale type. */
export function readGradeScale(scaleId: string): GradeScale {
  const scale = findGradeScale(scaleId);
  if (!scale) throw new Error(`Unknown grade scale ${scaleId}`);
  return toGradeScale(scale);
}
