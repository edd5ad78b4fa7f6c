/** The font stack for Chinese-first text, on the page and on the canvas (which cannot read CSS). */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans", sans-serif';
