import { Suspense, lazy } from "react";
import type { NoticeProps } from "./Notice";

// Errors and warnings are rare: their MessageBar is a chunk of its own, not part of the first download.
const Notice = lazy(() => import(/* webpackChunkName: "notice" */ "./Notice"));

export function LazyNotice(props: NoticeProps) {
  return (
    <Suspense fallback={<div role="alert">{props.title}</div>}>
      <Notice {...props} />
    </Suspense>
  );
}
