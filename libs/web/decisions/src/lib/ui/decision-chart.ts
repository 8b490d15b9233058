import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, effect, inject, input, viewChild } from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';

/**
 * A chart.js chart on a canvas. chart.js is imported only when the first chart is drawn,
 * so it stays out of the initial bundle; it draws on the canvas and sets sizes through
 * the CSSOM, which the Content-Security-Policy allows. The canvas is an image with a
 * name; the data is in the table next to it.
 */
@Component({
  selector: 'pnyx-decision-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="frame"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    :host { display: block; }
    .frame { position: relative; height: 260px; }
  `,
})
export class DecisionChart {
  readonly config = input.required<ChartConfiguration>();
  readonly label = input.required<string>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
    let ready = false;
    afterNextRender(() => {
      ready = true;
      void this.draw(this.config());
    });
    effect(() => {
      const config = this.config();
      if (ready) void this.draw(config);
    });
  }

  private async draw(config: ChartConfiguration): Promise<void> {
    const { default: ChartJs } = await import('chart.js/auto');
    if (this.destroyed) return;
    if (this.chart) {
      this.chart.data = config.data;
      if (config.options) this.chart.options = config.options;
      this.chart.update();
      return;
    }
    this.chart = new ChartJs(this.canvas().nativeElement, config);
  }
}
