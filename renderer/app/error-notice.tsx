// Errors are shown in Vietnamese and English together, whatever the UI language: a clerk may forward the
// screen to a technician who reads only one of them.
import { AppError, errorDetail } from '../../shared/api/app-error.ts';

export function describeError(error: unknown): { vi: string; en: string } {
  if (error instanceof AppError) return { vi: error.vi, en: error.en };
  const detail = errorDetail(error);
  return AppError.of('internal', { detail });
}

export function ErrorNotice({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { vi, en } = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>{vi}</p>
      <p lang="en" className="notice-secondary">{en}</p>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          Đóng / Dismiss
        </button>
      )}
    </div>
  );
}
