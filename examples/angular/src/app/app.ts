/**
 * egov-widgets in an Angular app (standalone, zoneless), prerendered on the server
 * (`@angular/ssr`, src/main.server.ts) and hydrated: the plain tags under
 * CUSTOM_ELEMENTS_SCHEMA, one provider for every widget (its `api-base` an attribute, so it is
 * in the server's HTML), a property binding, and handlers
 * whose `$event` is typed by the element (strictTemplates: `(egov-load)` on a card gives
 * `CustomEvent<Service>`).
 */
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, effect, inject, signal } from '@angular/core';
import type { AgencyScores, Evaluation, Inquiry, Service, ServicePage } from 'egov-widgets';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <egov-provider api-base="/egov-api" [attr.lang]="lang()" heading-level="2">
      <header>
        <h1>{{ lang() === 'fa' ? 'خدمات الکترونیک' : 'E-government services' }}</h1>
        <button type="button" (click)="toggle()">{{ lang() === 'fa' ? 'English' : 'فارسی' }}</button>
      </header>
      <main>
        <egov-service-card service-id="13061408000" (egov-load)="onCard($event)" (egov-error)="add('egov-service-card', 'error: ' + $event.detail.kind)"></egov-service-card>
        @if (service(); as s) {
          <p id="agency">{{ s.agency.name }}</p>
        }
        <egov-maturity-gauge (egov-load)="onGauge($event)"></egov-maturity-gauge>
        <egov-maturity-gauge id="given" [evaluation]="given"></egov-maturity-gauge>
        <egov-agency-scoreboard limit="5" (egov-load)="onScores($event)"></egov-agency-scoreboard>
        <egov-inquiry-tracker tracking-code="1403-0725-118842" (egov-load)="onInquiry($event)"></egov-inquiry-tracker>
        <egov-service-list page-size="5" (egov-load)="onPage($event)"></egov-service-list>
      </main>
      <ol id="log" aria-label="events">
        @for (entry of log(); track $index) {
          <li [attr.data-tag]="entry.tag">{{ entry.text }}</li>
        }
      </ol>
    </egov-provider>
  `,
})
export class App {
  readonly lang = signal<'fa' | 'en'>('fa');
  readonly service = signal<Service | undefined>(undefined);
  readonly log = signal<{ tag: string; text: string }[]>([]);
  /** Data the app already has, given to a gauge as a property: nothing is fetched for it. */
  readonly given: Evaluation = { round: 5, score: 62.8, axes: [{ key: 'portal', score: 71 }] };

  constructor() {
    // The page's own words follow too (the widgets follow the provider's lang by themselves).
    // `DOCUMENT`, not the global: on the server (prerendering) there is none.
    const html = inject(DOCUMENT).documentElement;
    effect(() => {
      html.lang = this.lang();
      html.dir = this.lang() === 'fa' ? 'rtl' : 'ltr';
    });
  }

  toggle(): void {
    this.lang.update((l) => (l === 'fa' ? 'en' : 'fa'));
  }

  add(tag: string, text: string): void {
    this.log.update((l) => [...l, { tag, text }]);
  }

  onCard(e: CustomEvent<Service>): void {
    this.service.set(e.detail);
    this.add('egov-service-card', e.detail.title);
  }

  onGauge(e: CustomEvent<Evaluation>): void {
    this.add('egov-maturity-gauge', `round ${e.detail.round}`);
  }

  onScores(e: CustomEvent<AgencyScores>): void {
    this.add('egov-agency-scoreboard', e.detail.items[0]?.agency.name ?? '');
  }

  onInquiry(e: CustomEvent<Inquiry>): void {
    this.add('egov-inquiry-tracker', e.detail.subject ?? e.detail.status);
  }

  onPage(e: CustomEvent<ServicePage>): void {
    this.add('egov-service-list', e.detail.items[0]?.title ?? '');
  }
}
