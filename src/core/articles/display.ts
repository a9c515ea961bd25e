// How an article's title is shown when a draft has none yet.
export const UNTITLED = '(Chưa có tiêu đề)';

export function displayTitle(title: string): string {
  return title.trim() === '' ? UNTITLED : title;
}
