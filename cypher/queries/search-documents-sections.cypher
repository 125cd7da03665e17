// Every section's heading (and standard code) for the search index, with its report and its theme and the theme's ancestors.
// The contents page is left out: its entries repeat the headings.
// params: (none)
// columns: id, name (the heading), acronym (the code, e.g. MC07), reportId, themeIds (list of Theme ids)
MATCH (report:Report)-[:HAS_SECTION]->(section:Section)
WHERE section.kind <> 'CONTENTS'
OPTIONAL MATCH (section)-[:ON_THEME]->(:Theme)-[:SUBTHEME_OF*0..3]->(theme:Theme)
RETURN section.id AS id, section.heading AS name, section.code AS acronym, report.id AS reportId, coalesce(collect(theme.id), []) AS themeIds
ORDER BY id
