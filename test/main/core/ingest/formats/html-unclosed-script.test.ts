import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../../main/core/ingest/formats/html.js';

describe('HTML text after an unclosed <script> or <style>', () => {
  it('is kept, not swallowed as code', () => {
    const html =
      '<html><body><p>Before the script.</p><script>var x = 1;<p>Convoy seen near Khorog on 13 December.</p></body></html>';
    const { text } = htmlToText(html);
    expect(text).toContain('Before the script.');
    expect(text).toContain('Convoy seen near Khorog on 13 December.');
  });

  it('an unclosed <style> likewise; closed scripts are still dropped', () => {
    expect(htmlToText('<p>A</p><style>p { color: red }<p>B stays</p>').text).toContain('B stays');
    const closed = htmlToText('<p>A</p><script>alert("x")</script><p>B</p>').text;
    expect(closed).not.toContain('alert');
    expect(closed).toContain('B');
  });
});
