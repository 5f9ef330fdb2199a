// Kernplan's own lint rules, for what no published rule checks:
// - geen-sql: SQL lives in the store of its area, never in a route file (routes only speak HTTP).
// - eigen-gebied: a page of one area of the web app imports nothing from another area's folder;
//   what several areas share lives in src/web/shared.
import path from 'node:path';

const SQL_BEGIN = /^\s*(select|insert|update|delete|with|create|alter|drop|truncate|copy|lock|begin|commit|rollback)\s/i;
const SQL_METHODEN = new Set(['query', 'copy', 'copyFrom', 'copyTo']);

function tekstVan(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join('?');
  return null;
}

const geenSql = {
  meta: {
    type: 'problem',
    docs: { description: 'Geen SQL in een routebestand: roep de opslag van het gebied aan.' },
    messages: {
      aanroep: 'Routes spreken alleen HTTP: `.{{methode}}(...)` hoort in de opslag van het gebied (opslag.ts).',
      tekst: 'Routes spreken alleen HTTP: deze SQL hoort in de opslag van het gebied (opslag.ts).',
    },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        const methode = callee.property.name;
        const eerste = node.arguments[0] ? tekstVan(node.arguments[0]) : null;
        if (SQL_METHODEN.has(methode) || (methode === 'exec' && eerste !== null && SQL_BEGIN.test(eerste))) {
          context.report({ node, messageId: 'aanroep', data: { methode } });
        }
      },
      Literal(node) {
        if (typeof node.value === 'string' && SQL_BEGIN.test(node.value) && /\s(from|into|set|values|where|table)\s/i.test(node.value)) {
          context.report({ node, messageId: 'tekst' });
        }
      },
      TemplateLiteral(node) {
        const tekst = tekstVan(node);
        if (tekst && SQL_BEGIN.test(tekst) && /\s(from|into|set|values|where|table)\s/i.test(tekst)) context.report({ node, messageId: 'tekst' });
      },
    };
  },
};

const FEATURES = path.join('src', 'web', 'features') + path.sep;

function gebiedVan(bestand) {
  const i = bestand.indexOf(FEATURES);
  if (i < 0) return null;
  return bestand.slice(i + FEATURES.length).split(path.sep)[0] ?? null;
}

const eigenGebied = {
  meta: {
    type: 'problem',
    docs: { description: 'Een gebied van de webapp importeert niets uit een ander gebied; gedeelde onderdelen staan in src/web/shared.' },
    messages: { ander: 'Dit gebied ({{eigen}}) importeert uit het gebied {{ander}}; zet wat beide nodig hebben in src/web/shared.' },
    schema: [],
  },
  create(context) {
    const bestand = context.filename;
    const eigen = gebiedVan(bestand);
    if (!eigen) return {};
    const controleer = (bron) => {
      if (!bron || bron.type !== 'Literal' || typeof bron.value !== 'string' || !bron.value.startsWith('.')) return;
      const ander = gebiedVan(path.resolve(path.dirname(bestand), bron.value));
      if (ander && ander !== eigen) context.report({ node: bron, messageId: 'ander', data: { eigen, ander } });
    };
    return {
      ImportDeclaration: (node) => controleer(node.source),
      ExportNamedDeclaration: (node) => controleer(node.source),
      ExportAllDeclaration: (node) => controleer(node.source),
      ImportExpression: (node) => controleer(node.source),
    };
  },
};

export const kernplanRegels = { rules: { 'geen-sql': geenSql, 'eigen-gebied': eigenGebied } };
