// The printed page (版面图) with each story's region a link to it, beside the page's headlines. Plain HTML and
// CSS: regions are absolutely positioned in percent over the image, so it scales to any width and works
// without JavaScript. Only stories readers may see have regions (the caller passes only those).
import type { TReaderPageImage } from "@/lib/page-images/get-reader-page-image";
import styles from "./page-image.module.css";

const nameOf = (headline: string) => headline.trim() || "图片新闻";

export function PageImageView({ image, label }: { image: TReaderPageImage; label: string }) {
  const sizes = "(min-width: 64rem) 40rem, calc(100vw - 2rem)";
  return (
    <section className={styles.layout} aria-label={`${label}版面图`}>
      <figure className={styles.figure}>
        <div className={styles.frame}>
          <picture>
            {image.webpSrcSet && <source type="image/webp" srcSet={image.webpSrcSet} sizes={sizes} />}
            <img
              className={styles.image}
              src={image.fallbackSrc}
              srcSet={image.jpegSrcSet}
              sizes={sizes}
              width={image.width}
              height={image.height}
              alt={`${label}版面图`}
              decoding="async"
            />
          </picture>
          {image.links.flatMap((link) =>
            link.rects.map((rect, index) => (
              <a
                // One link in the tab order per story part; its other rectangles lead to the same story.
                key={`${link.articleId}-${link.sequence}-${index}`}
                href={link.href}
                className={styles.region}
                style={{ left: `${rect.left}%`, top: `${rect.top}%`, width: `${rect.width}%`, height: `${rect.height}%` }}
                tabIndex={index === 0 ? undefined : -1}
                data-region-article={link.articleId}
              >
                <span className={styles.name}>{nameOf(link.headline)}</span>
              </a>
            )),
          )}
        </div>
        <figcaption className={styles.caption}>点击版面上的稿件区域阅读全文</figcaption>
      </figure>
      <nav className={styles.headlines} aria-label="本版标题">
        <h2 className={styles.headlinesTitle}>本版标题</h2>
        <ol>
          {image.parts.map((part) => (
            <li key={`${part.articleId}-${part.sequence}`}>
              <a href={part.href}>{nameOf(part.headline)}</a>
              {part.sequence > 0 && <span className={styles.continued}>（续）</span>}
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}
