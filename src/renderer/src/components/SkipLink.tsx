// The first stop of the Tab key on every screen after login: straight to the content, past the navigation.
// Hidden until focused (WCAG 2.4.1 Bypass Blocks).
export const MAIN_ID = 'noi-dung-chinh';

export function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(e) => {
        // The hash is the router's: move focus without changing the route.
        e.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      Bỏ qua đến nội dung chính
    </a>
  );
}
