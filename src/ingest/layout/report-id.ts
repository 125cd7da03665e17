import type { ReportMetadata } from '../report.types.js';

/**
 * Report ids: `<publishedOn>-<forceId>-<framework suffix>`, where the suffix is the framework
 * id in lower case with hyphens, without the `HMIC_` prefix and without the year when it is
 * the publication year: `2007-10-metropolitan-police-inspection`,
 * `2008-07-metropolitan-police-major-crime`,
 * `2017-03-metropolitan-police-peel-effectiveness-2016`.
 */
export function deriveReportId(metadata: ReportMetadata): string {
  const year = metadata.publishedOn.slice(0, 4);
  const suffix = metadata.framework
    .replace(/^HMIC_/, '')
    .replace(new RegExp(`_${year}$`), '')
    .toLowerCase()
    .replace(/_/g, '-');
  return `${metadata.publishedOn}-${metadata.forceId}-${suffix}`;
}
