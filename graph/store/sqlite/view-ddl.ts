/**
 * Views for researchers who open graph.sqlite themselves (README lists their columns): the adoption panel, practices
 * with their places, and adoption counts per mechanism. Reprints (practices with a REPRINT_OF) are left out of every
 * count and first report, as in the store's reads (graph/store/CONTRACT.md).
 */

const NOT_A_REPRINT = 'NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = p.id)';

export function viewDdl(): string[] {
  return [
    // One row per practice and locality it is located in; the county, city and province above that locality.
    `CREATE VIEW practice_with_place AS
SELECT p.id AS practice_id, p.title AS title, b.date AS date, b.id AS bulletin_id, b.title AS bulletin_title,
  l.code AS locality_code, l.name AS locality_name, l.level AS locality_level,
  county.code AS county_code, county.name AS county_name, city.code AS city_code, city.name AS city_name,
  province.code AS province_code, province.name AS province_name,
  NOT ${NOT_A_REPRINT} AS reprint
FROM practice p
LEFT JOIN contains c ON c.practice_id = p.id
LEFT JOIN bulletin b ON b.id = c.bulletin_id
LEFT JOIN located_in li ON li.practice_id = p.id
LEFT JOIN locality l ON l.id = li.locality_id
LEFT JOIN (locality_ancestor ac JOIN locality county ON county.id = ac.ancestor_id AND county.level = 'county') ON ac.locality_id = l.id
LEFT JOIN (locality_ancestor ai JOIN locality city ON city.id = ai.ancestor_id AND city.level = 'city') ON ai.locality_id = l.id
LEFT JOIN (locality_ancestor ap JOIN locality province ON province.id = ap.ancestor_id AND province.level = 'province') ON ap.locality_id = l.id`,
    // Policy-diffusion panel: a mechanism's first report in a locality, at every level of the hierarchy.
    `CREATE VIEW adoption_panel AS
WITH reports AS (
  SELECT u.mechanism_id, pp.locality_id, p.id AS practice_id, c.bulletin_id, b.date
  FROM uses u
  JOIN practice p ON p.id = u.practice_id
  JOIN practice_place pp ON pp.practice_id = p.id
  LEFT JOIN contains c ON c.practice_id = p.id
  LEFT JOIN bulletin b ON b.id = c.bulletin_id
  WHERE ${NOT_A_REPRINT}
), ranked AS (
  SELECT reports.*,
    row_number() OVER (PARTITION BY mechanism_id, locality_id ORDER BY date IS NULL, date, bulletin_id, practice_id) AS rank,
    count(*) OVER (PARTITION BY mechanism_id, locality_id) AS practices
  FROM reports
)
SELECT m.name AS mechanism, l.code AS locality_code, l.name AS locality_name, l.level AS level,
  r.date AS first_reported, r.bulletin_id AS bulletin_id, b.title AS bulletin_title, r.practice_id AS practice_id, r.practices AS practices
FROM ranked r
JOIN mechanism m ON m.id = r.mechanism_id
JOIN locality l ON l.id = r.locality_id
LEFT JOIN bulletin b ON b.id = r.bulletin_id
WHERE r.rank = 1`,
    // How far each mechanism has spread: practices, own localities, and adopting counties, cities, provinces.
    `CREATE VIEW mechanism_adoption AS
SELECT m.name AS mechanism, m.category AS category, m.curated AS curated, m.family_name AS family_name,
  coalesce(mc.practices, 0) AS practices,
  (SELECT count(*) FROM mechanism_locality_counts o WHERE o.mechanism_id = m.id) AS localities,
  (SELECT count(*) FROM adoption_counts a JOIN locality l ON l.id = a.locality_id WHERE a.mechanism_id = m.id AND l.level = 'county') AS counties,
  (SELECT count(*) FROM adoption_counts a JOIN locality l ON l.id = a.locality_id WHERE a.mechanism_id = m.id AND l.level = 'city') AS cities,
  (SELECT count(*) FROM adoption_counts a JOIN locality l ON l.id = a.locality_id WHERE a.mechanism_id = m.id AND l.level = 'province') AS provinces,
  (SELECT min(b.date) FROM uses u JOIN practice p ON p.id = u.practice_id JOIN contains c ON c.practice_id = p.id
     JOIN bulletin b ON b.id = c.bulletin_id WHERE u.mechanism_id = m.id AND ${NOT_A_REPRINT}) AS first_reported
FROM mechanism m
LEFT JOIN mechanism_counts mc ON mc.mechanism_id = m.id`,
  ];
}
