// Why a read or a request failed, in the lab's words, under what sent it; announced as it appears.
import { cx } from './cx';

export function ErrorLine({ message, className }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={cx('text-error', className)}>
      {message}
    </p>
  );
}
