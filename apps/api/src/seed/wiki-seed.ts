import type { INestApplication } from '@nestjs/common';
import type { AuthUser } from '@pnyx/api/core/graphql';
import { CommentService } from '@pnyx/api/social';
import { SpaceRepository } from '@pnyx/api/spaces';
import { PageService } from '@pnyx/api/wiki';
import { encodeId } from '@pnyx/shared/contracts';

interface SeedVersion {
  by: string;
  summary: string;
  body: string;
}

interface SeedPage {
  /** Local name, for parents. */
  ref: string;
  space: string;
  author: string;
  title: string;
  parent?: string;
  template?: boolean;
  labels?: string[];
  body: string;
  /** Later versions, in order. */
  edits?: SeedVersion[];
  comments?: [string, string][];
}

const ARCHITECTURE_INTRO = `Pnyx runs as a set of stateless API replicas in front of one PostgreSQL cluster.
This page is the map: what runs where, who owns it, and where to read more.

## Components

| Component | Technology | Owner | Runbook |
|:----------|:-----------|:------|:--------|
| API | NestJS, GraphQL | Platform team | [[Runbook: Incident response]] |
| Database | PostgreSQL 15 | Platform team | [[Runbook: Database failover]] |
| Identity | Keycloak | IAM team | — |
| Cache and pub/sub | Redis | Platform team | — |
`;

const ARCHITECTURE_DATA_FLOW = `
## Data flow

1. The browser signs in at Keycloak and sends the access token with every request.
2. An API replica verifies the token, runs the use case in **one transaction**, and
   records a domain event in the outbox table of the same transaction.
3. The outbox relay publishes committed events through Redis; feeds, notifications
   and search react to them.

\`\`\`ts
await tx.run(async (tx) => {
  await pages.updateContent(tx, id, baseVersion, content);
  await outbox.record(tx, { type: 'page.updated', aggregateId: id });
});
\`\`\`
`;

const ARCHITECTURE_DEPLOYMENT = `
## Deployment

Two API replicas per data centre behind the load balancer; a rolling deploy
replaces one replica at a time. Migrations run once, under an advisory lock,
before the new version takes traffic. See [[ADR-001: Use PostgreSQL for all persistent state]].
`;

const PAGES: SeedPage[] = [
  // ------------------------------------------------------------ ENG (English)
  // ENG's templates are the defaults every new space gets (see the wiki's SpaceTemplates).
  {
    ref: 'architecture', space: 'ENG', author: 'alice', title: 'Architecture Overview', labels: ['architecture'],
    body: ARCHITECTURE_INTRO,
    edits: [
      { by: 'bob', summary: 'Add the data flow and the outbox', body: ARCHITECTURE_INTRO + ARCHITECTURE_DATA_FLOW },
      { by: 'carol', summary: 'Describe deployment and migrations', body: ARCHITECTURE_INTRO + ARCHITECTURE_DATA_FLOW + ARCHITECTURE_DEPLOYMENT },
      {
        by: 'alice',
        summary: 'Redis is now optional in single-node mode',
        body: (ARCHITECTURE_INTRO + ARCHITECTURE_DATA_FLOW + ARCHITECTURE_DEPLOYMENT).replace(
          '| Cache and pub/sub | Redis | Platform team | — |',
          '| Cache and pub/sub | Redis (optional with one replica) | Platform team | — |',
        ),
      },
    ],
    comments: [['bob', 'Could we add a diagram of the outbox relay? The numbered list is good, but a picture helps new joiners.']],
  },
  {
    ref: 'runbooks', space: 'ENG', author: 'bob', title: 'Runbooks', labels: ['runbook'],
    body: `Step-by-step guides for the on-call engineer. Keep them short, test them every quarter.\n\n- [[Runbook: Database failover]]\n- [[Runbook: Rotating TLS certificates]]\n- [[Runbook: Incident response]]\n`,
  },
  {
    ref: 'rb-failover', space: 'ENG', author: 'bob', parent: 'runbooks', title: 'Runbook: Database failover', labels: ['runbook', 'postgres'],
    body: `Use when the primary PostgreSQL node is down for more than two minutes.\n\n## Steps\n\n- [x] Confirm the primary is really down (not only the network path):\n\n  \`\`\`bash\n  pg_isready -h db-primary.internal -p 5432\n  \`\`\`\n\n- [ ] Promote the standby:\n\n  \`\`\`bash\n  sudo -u postgres pg_ctlcluster 15 main promote\n  \`\`\`\n\n- [ ] Point \`DATABASE_URL\` of all API replicas at the new primary and restart them one at a time.\n- [ ] Open an incident: [[Runbook: Incident response]].\n\n> The API refuses writes while it cannot reach a primary; reads keep working from the cache.\n`,
  },
  {
    ref: 'rb-tls', space: 'ENG', author: 'carol', parent: 'runbooks', title: 'Runbook: Rotating TLS certificates', labels: ['runbook', 'security'],
    body: `Certificates expire every 90 days; the monitoring warns 14 days ahead.\n\n1. Request the new certificate from the internal CA.\n2. Store it in the secret store under \`pnyx/tls\`.\n3. Reload the proxy:\n\n\`\`\`bash\nkubectl -n pnyx rollout restart deployment/proxy\n\`\`\`\n\n4. Check the expiry date:\n\n\`\`\`bash\nopenssl s_client -connect pnyx.internal:443 </dev/null 2>/dev/null | openssl x509 -noout -enddate\n\`\`\`\n`,
  },
  {
    ref: 'rb-incident', space: 'ENG', author: 'alice', parent: 'runbooks', title: 'Runbook: Incident response', labels: ['runbook'],
    body: `1. **Declare** the incident in the #incidents channel with a one-line summary.\n2. **Assign** an incident lead and a scribe.\n3. **Mitigate** first, investigate later.\n4. **Write** the post-mortem within five working days, using the [[Meeting notes]] template.\n`,
  },
  {
    ref: 'adrs', space: 'ENG', author: 'carol', title: 'Architecture Decision Records', labels: ['adr'],
    body: `Every decision that is expensive to reverse gets a record. Start from the *Decision record* template.\n\n| No. | Decision | Status |\n|---|---|---|\n| 001 | [[ADR-001: Use PostgreSQL for all persistent state]] | accepted |\n| 002 | [[ADR-002: Event-driven integration]] | proposed |\n`,
  },
  {
    ref: 'adr-001', space: 'ENG', author: 'carol', parent: 'adrs', title: 'ADR-001: Use PostgreSQL for all persistent state', labels: ['adr', 'postgres', 'architecture'],
    body: `**Status:** accepted · **Date:** 2026-03-02 · **Deciders:** alice, bob, carol\n\n## Context\n\nWe need transactions across pages, votes and events, and an operations team that knows one database well. See [[Architecture Overview]].\n\n## Decision\n\nAll state lives in PostgreSQL: content, sessions, the audit log and the event outbox. Redis only fans out notifications.\n\n## Consequences\n\n- One backup and one failover procedure: [[Runbook: Database failover]].\n- Integration with other systems goes through events: [[ADR-002: Event-driven integration]] (to be written).\n`,
    comments: [
      ['bob', 'Agreed. Let us also write down the backup retention (35 days?) in the failover runbook.'],
      ['carol', 'Good point — I will add it to the runbook next week.'],
    ],
  },
  {
    ref: 'onboarding-eng', space: 'ENG', author: 'alice', title: 'Onboarding for engineers', labels: ['onboarding'],
    body: `Welcome! Read these in your first week:\n\n- [ ] [[Architecture Overview]]\n- [ ] [[Runbooks]]\n- [ ] The company-wide welcome page: [[HR:Willkommen bei uns]]\n- [ ] Ask your buddy for access to the staging cluster\n`,
  },
  // ------------------------------------------------------------- HR (German)
  {
    ref: 'hr-meeting-template', space: 'HR', author: 'carol', title: 'Besprechungsnotizen', template: true, labels: ['besprechung'],
    body: `**Datum:** TT.MM.JJJJ · **Teilnehmende:** …\n\n## Ziele\n\n- \n\n## Besprochen\n\n…\n\n## Aufgaben\n\n- [ ] Wer: was (bis wann)\n`,
  },
  {
    ref: 'hr-decision-template', space: 'HR', author: 'carol', title: 'Entscheidungsprotokoll', template: true, labels: ['entscheidung'],
    body: `**Status:** vorgeschlagen | beschlossen · **Datum:** TT.MM.JJJJ\n\n## Ausgangslage\n\n…\n\n## Optionen\n\n1. …\n\n## Entscheidung\n\nWir …\n\n## Folgen\n\n…\n`,
  },
  {
    ref: 'hr-howto-template', space: 'HR', author: 'carol', title: 'Anleitung', template: true, labels: ['anleitung'],
    body: `Kurz: Wobei hilft diese Anleitung, und wem?\n\n## Voraussetzungen\n\n- [ ] …\n\n## Schritte\n\n1. …\n\n## Ergebnis prüfen\n\n…\n`,
  },
  {
    ref: 'hr-welcome', space: 'HR', author: 'carol', title: 'Willkommen bei uns', labels: ['onboarding'],
    body: `Schön, dass du da bist! Diese Seite begleitet dich durch die ersten Wochen.\n\n## Deine erste Woche\n\n- [ ] Laptop und Zugangskarte beim IT-Service abholen\n- [ ] Pflichtschulungen *Datenschutz* und *Informationssicherheit* abschließen\n- [ ] [[Homeoffice-Richtlinie]] lesen\n- [ ] Urlaub planen: [[Urlaubsregelung]]\n\n## Ansprechpersonen\n\n| Thema | Wer |\n|---|---|\n| Personal | Carol |\n| IT-Zugänge | Service Desk, Durchwahl 4711 |\n`,
    comments: [['bob', 'Danke, sehr hilfreich! Vielleicht noch ein Hinweis auf die Kantinen-App?']],
  },
  {
    ref: 'hr-vacation', space: 'HR', author: 'carol', parent: 'hr-welcome', title: 'Urlaubsregelung', labels: ['richtlinie'],
    body: `Alle Mitarbeitenden haben **30 Tage** Urlaub im Kalenderjahr.\n\n- Anträge stellst du mindestens zwei Wochen vorher im Personalportal.\n- Resturlaub verfällt am 31. März des Folgejahres.\n- Zwischen den Jahren ist das Büro geschlossen; dafür werden drei Urlaubstage eingeplant.\n`,
    edits: [
      {
        by: 'bob',
        summary: 'Übertragbarkeit präzisiert',
        body: `Alle Mitarbeitenden haben **30 Tage** Urlaub im Kalenderjahr.\n\n- Anträge stellst du mindestens zwei Wochen vorher im Personalportal.\n- Resturlaub verfällt am 31. März des Folgejahres, außer bei Krankheit oder Elternzeit.\n- Zwischen den Jahren ist das Büro geschlossen; dafür werden drei Urlaubstage eingeplant.\n`,
      },
    ],
  },
  {
    ref: 'hr-homeoffice', space: 'HR', author: 'carol', parent: 'hr-welcome', title: 'Homeoffice-Richtlinie', labels: ['richtlinie', 'homeoffice'],
    body: `Bis zu **drei Tage pro Woche** kannst du mobil arbeiten, nach Absprache mit deinem Team.\n\n## Regeln\n\n1. Vertrauliche Unterlagen nur über VPN und nie in öffentlichen Netzen.\n2. Bildschirm sperren, wenn du den Arbeitsplatz verlässt.\n3. Kernzeit 10–15 Uhr: erreichbar im Chat.\n`,
  },
  // ----------------------------------------------------------- RISK (German, private)
  {
    ref: 'risk-report', space: 'RISK', author: 'carol', title: 'Risikobericht Q3 2026', labels: ['risiko', 'q3-2026'],
    body: `Vertraulich. Stand: 30.09.2026.\n\n| Risiko | Eintritt | Auswirkung | Trend |\n|:--|:-:|:-:|:-:|\n| Ausfall Rechenzentrum | gering | hoch | → |\n| Phishing-Angriffe | hoch | mittel | ↑ |\n| Abhängigkeit von Dienstleistern | mittel | hoch | → |\n`,
    edits: [
      {
        by: 'alice',
        summary: 'Zahlen aktualisiert',
        body: `Vertraulich. Stand: 15.10.2026.\n\n| Risiko | Eintritt | Auswirkung | Trend |\n|:--|:-:|:-:|:-:|\n| Ausfall Rechenzentrum | gering | hoch | → |\n| Phishing-Angriffe | hoch | mittel | ↑ |\n| Abhängigkeit von Dienstleistern | mittel | hoch | ↓ |\n| Zinsänderungsrisiko | mittel | mittel | ↑ |\n\nMaßnahmen: siehe [[Maßnahmenplan IT-Sicherheit]].\n`,
      },
    ],
  },
  {
    ref: 'risk-findings', space: 'RISK', author: 'carol', title: 'Prüfungsfeststellungen 2026', labels: ['audit'],
    body: `Feststellungen der Internen Revision und der Jahresabschlussprüfung.\n\n- [x] F-01: Berechtigungskonzept für Zahlungsverkehr aktualisieren\n- [ ] F-02: Notfallhandbuch für das Kernbankensystem testen\n- [ ] F-03: Zertifikatsverwaltung automatisieren\n`,
    comments: [['admin', 'F-02 ist für den Notfalltest im November eingeplant.']],
  },
  {
    ref: 'risk-measures', space: 'RISK', author: 'alice', parent: 'risk-findings', title: 'Maßnahmenplan IT-Sicherheit', labels: ['audit', 'sicherheit'],
    body: `Maßnahmen zu den [[Prüfungsfeststellungen 2026]].\n\n| Nr. | Maßnahme | Verantwortlich | Termin |\n|---|---|---|---|\n| F-03 | Zertifikate automatisch erneuern, siehe [[ENG:Runbook: Rotating TLS certificates]] | Plattform-Team | 31.12.2026 |\n`,
  },
  // ----------------------------------------------------------- CLAIMS (English)
  {
    ref: 'claims-sla', space: 'CLAIMS', author: 'bob', title: 'Claims handling SLAs', labels: ['sla'],
    body: `| Claim type | First response | Decision |\n|---|---|---|\n| Motor | 1 working day | 10 working days |\n| Household | 2 working days | 15 working days |\n| Liability | 2 working days | 20 working days |\n\nEscalations go to the team lead after the first-response SLA is missed.\n`,
  },
];

/**
 * Wiki demo content, in English and German, written through the same services
 * as real use (versions, links, labels, comments, audit and events included).
 * Called by seedDemo once the spaces exist.
 */
export async function seedWiki(app: INestApplication, people: Map<string, AuthUser>): Promise<void> {
  const spaces = app.get(SpaceRepository, { strict: false });
  const pages = app.get(PageService, { strict: false });
  const comments = app.get(CommentService, { strict: false });
  const person = (username: string) => {
    const user = people.get(username);
    if (!user) throw new Error(`Seed: unknown user ${username}`);
    return user;
  };

  const spaceIds = new Map<string, string>();
  for (const key of new Set(PAGES.map((p) => p.space))) {
    const found = await spaces.findVisibleByKey(person('admin').id, key);
    if (!found) throw new Error(`Seed: space ${key} is missing`);
    spaceIds.set(key, encodeId('Space', found.space.id));
  }

  const created = new Map<string, string>();
  for (const seed of PAGES) {
    const parentId = seed.parent ? created.get(seed.parent) : null;
    let page = await pages.create(person(seed.author), {
      spaceId: spaceIds.get(seed.space) as string,
      parentId: parentId ? encodeId('Page', parentId) : null,
      title: seed.title,
      body: seed.body,
      labels: seed.labels ?? [],
      isTemplate: seed.template ?? false,
    });
    created.set(seed.ref, page.id);
    for (const edit of seed.edits ?? []) {
      page = await pages.update(person(edit.by), { id: encodeId('Page', page.id), baseVersion: page.version, body: edit.body, summary: edit.summary });
    }
    for (const [by, body] of seed.comments ?? []) {
      await comments.add(person(by), { subjectId: encodeId('Page', page.id), body });
    }
  }
}
