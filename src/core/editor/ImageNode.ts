// A block image with caption and alt text. It builds its own DOM (no React), so the same node works in the
// React editor and in @lexical/headless; decorate() returns null. The alt text ("Văn bản thay thế") is not
// the caption: it says what the image shows for readers who cannot see it. A decorative image ("ảnh trang
// trí") deliberately gets alt=""; an image whose alt is simply missing gets no alt attribute, so the
// accessibility checklist can tell the two apart in the published HTML.
import {
  $applyNodeReplacement,
  $getDocument,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread
} from 'lexical';
import { nfc } from '../../shared/text';
import { isAllowedImageSrc, resolveImageSrc } from './imageSrc';
import { isRemoteImageUrl } from '../../shared/web-address';
import { $createRemoteImageNode } from './RemoteImageNode';

export interface ImagePayload {
  src: string;
  altText: string;
  caption: string;
  /** Purely decorative: published with alt="" on purpose. */
  decorative?: boolean;
  width?: number;
  height?: number;
}

export type SerializedImageNode = Spread<
  { src: string; altText: string; caption: string; decorative?: boolean; width?: number; height?: number },
  SerializedLexicalNode
>;

/**
 * Bump when the serialized shape changes; importJSON upgrades older versions. `decorative` is optional (absent
 * reads as false and is written only when true), so stored bodies re-export unchanged and keep their hashes.
 */
const IMAGE_JSON_VERSION = 1;

export const IMAGE_CLASS = 'bbt-image';

export class ImageNode extends DecoratorNode<null> {
  __src: string;
  __altText: string;
  __caption: string;
  __decorative: boolean;
  __width: number | undefined;
  __height: number | undefined;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(
      { src: node.__src, altText: node.__altText, caption: node.__caption, decorative: node.__decorative, width: node.__width, height: node.__height },
      node.__key
    );
  }

  constructor(payload: ImagePayload, key?: NodeKey) {
    super(key);
    this.__src = payload.src;
    this.__altText = nfc(payload.altText);
    this.__caption = nfc(payload.caption);
    this.__decorative = payload.decorative === true;
    this.__width = positiveOrUndefined(payload.width);
    this.__height = positiveOrUndefined(payload.height);
  }

  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode({
      src: String(json.src ?? ''),
      altText: String(json.altText ?? ''),
      caption: String(json.caption ?? ''),
      decorative: json.decorative === true,
      width: json.width,
      height: json.height
    });
  }

  override exportJSON(): SerializedImageNode {
    const json: SerializedImageNode = {
      type: 'image',
      version: IMAGE_JSON_VERSION,
      src: this.__src,
      altText: this.__altText,
      caption: this.__caption
    };
    if (this.__decorative) json.decorative = true;
    if (this.__width !== undefined) json.width = this.__width;
    if (this.__height !== undefined) json.height = this.__height;
    return json;
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      img: () => ({ conversion: convertImgElement, priority: 0 }),
      figure: (el: HTMLElement) =>
        el.querySelector('img') ? { conversion: convertFigureElement, priority: 1 } : null
    };
  }

  override exportDOM(): DOMExportOutput {
    const doc = $getDocument();
    const figure = doc.createElement('figure');
    figure.append(this.buildImg(doc, this.__src));
    if (this.__caption !== '') {
      const caption = doc.createElement('figcaption');
      caption.textContent = this.__caption;
      figure.append(caption);
    }
    return { element: figure };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const doc = $getDocument();
    const figure = doc.createElement('figure');
    figure.className = [IMAGE_CLASS, themeClass(config)].filter(Boolean).join(' ');
    figure.append(this.buildImg(doc, resolveImageSrc(this.__src)));
    if (this.__caption !== '') {
      const caption = doc.createElement('figcaption');
      caption.textContent = this.__caption;
      figure.append(caption);
    }
    return figure;
  }

  override updateDOM(prev: ImageNode): boolean {
    return (
      prev.__src !== this.__src ||
      prev.__altText !== this.__altText ||
      prev.__caption !== this.__caption ||
      prev.__decorative !== this.__decorative ||
      prev.__width !== this.__width ||
      prev.__height !== this.__height
    );
  }

  override decorate(): null {
    return null;
  }

  override isInline(): false {
    return false;
  }

  /** The caption counts as text (plain-text export, copy). */
  override getTextContent(): string {
    return this.__caption;
  }

  getSrc(): string {
    return this.getLatest().__src;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  isDecorative(): boolean {
    return this.getLatest().__decorative;
  }

  setCaptionAndAlt(caption: string, altText: string, decorative = false): this {
    const writable = this.getWritable();
    writable.__caption = nfc(caption);
    writable.__altText = decorative ? '' : nfc(altText);
    writable.__decorative = decorative;
    return writable;
  }

  private buildImg(doc: Document, src: string): HTMLImageElement {
    const img = doc.createElement('img');
    img.setAttribute('src', src);
    if (this.__decorative) img.setAttribute('alt', '');
    else if (this.__altText.trim() !== '') img.setAttribute('alt', this.__altText);
    if (this.__width !== undefined) img.setAttribute('width', String(this.__width));
    if (this.__height !== undefined) img.setAttribute('height', String(this.__height));
    return img;
  }
}

function themeClass(config: EditorConfig): string {
  const value = (config.theme as Record<string, unknown>).image;
  return typeof value === 'string' ? value : '';
}

function positiveOrUndefined(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

function sizeAttr(el: Element, name: 'width' | 'height'): number | undefined {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function payloadFromImg(img: Element, caption: string): ImagePayload | null {
  const src = (img.getAttribute('src') ?? '').trim();
  if (!isAllowedImageSrc(src) && !isRemoteImageUrl(src)) return null;
  return {
    src,
    altText: (img.getAttribute('alt') ?? '').trim(),
    caption: caption.replace(/\s+/g, ' ').trim(),
    width: sizeAttr(img, 'width'),
    height: sizeAttr(img, 'height')
  };
}

/** A web image becomes a placeholder to download; nothing is stored pointing at a remote server. */
function $nodeOf(payload: ImagePayload | null): LexicalNode | null {
  if (!payload) return null;
  if (isRemoteImageUrl(payload.src)) return $createRemoteImageNode({ url: payload.src, altText: payload.altText, caption: payload.caption });
  return $createImageNode(payload);
}

function convertImgElement(el: HTMLElement): DOMConversionOutput {
  return { node: $nodeOf(payloadFromImg(el, '')) };
}

function convertFigureElement(el: HTMLElement): DOMConversionOutput {
  const img = el.querySelector('img');
  const caption = el.querySelector('figcaption')?.textContent ?? '';
  // The figure's children (img, figcaption) are consumed here, not imported again as text.
  return { node: $nodeOf(img ? payloadFromImg(img, caption) : null), forChild: () => null };
}

export function $createImageNode(payload: ImagePayload): ImageNode {
  return $applyNodeReplacement(new ImageNode(payload));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
