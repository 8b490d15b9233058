import { DOCUMENT, Injectable, inject } from '@angular/core';
import { type RecordFile, toBlob } from './record-files';

/** Saves a file built in the browser (no server round trip, no inline script). */
@Injectable({ providedIn: 'root' })
export class Downloads {
  private readonly document = inject(DOCUMENT);

  save(file: RecordFile): void {
    const url = URL.createObjectURL(toBlob(file));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    this.document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
