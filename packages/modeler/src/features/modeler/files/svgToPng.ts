/**
 * Renders an SVG (as bpmn-js exports it) to a PNG through a canvas, on white, at `scale` times
 * its size (2 for sharp prints), less for diagrams too large for a browser canvas.
 */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 100_000_000;

export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const sizeOf = (attribute: string) => Number(new RegExp(`<svg[^>]*\\s${attribute}="([\\d.]+)`).exec(svg)?.[1] ?? 0);
  const width = Math.max(1, Math.ceil(sizeOf('width')));
  const height = Math.max(1, Math.ceil(sizeOf('height')));
  const factor = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(width * factor);
    canvas.height = Math.floor(height * factor);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be created.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
