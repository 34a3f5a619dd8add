import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface NoticeProps {
  intent: "error" | "warning";
  title?: string;
  children?: React.ReactNode;
}

/** Fluent's MessageBar for errors and warnings; loaded only when there is one to show. */
export function Notice({ intent, title, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

export default Notice;
