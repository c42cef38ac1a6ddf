import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useFootSpace } from '../../components/footSpace';

type ActionBarProps = {
  /** The form's buttons, the primary one first. */
  readonly children: ReactNode;
  /** Form-level messages ("correct the fields…", a storage refusal), shown beside the buttons. */
  readonly messages?: ReactNode;
};

/**
 * A form's buttons, pinned to the bottom edge of the screen, so no message appearing in the
 * form can move them. A clerk's tap on «Зарегистрировать» blurs the field last typed in; its
 * error used to appear above the button and push it down between the finger's press and
 * release, and the tap was lost (issue #10). The bar grows upward only (the buttons sit on its
 * bottom line, the messages wrap above them on a narrow screen), so its own messages cannot
 * move the buttons either.
 */
export function ActionBar({ children, messages }: ActionBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  useFootSpace(bar, '--action-bar-space', 'bar');
  return (
    <div ref={bar} className="action-bar no-print">
      <div className="action-bar-inner">
        <div className="action-bar-buttons">{children}</div>
        <div className="action-bar-messages">{messages}</div>
      </div>
    </div>
  );
}
