import { BackButton, Layouts, Page } from '@strapi/strapi/admin';

interface PageLayoutProps {
  title: string;
  subtitle?: string;
  /** A Back button to the list the page was opened from. */
  back?: boolean;
  primaryAction?: React.ReactNode;
  secondaryAction?: React.ReactNode;
  children: React.ReactNode;
}

/** The frame of every page of the plugin: the document title, the header with its actions, the content. */
export const PageLayout = ({ title, back = false, children, ...header }: PageLayoutProps) => (
  <Page.Main>
    <Page.Title>{title}</Page.Title>
    <Layouts.Header title={title} navigationAction={back ? <BackButton fallback=".." /> : undefined} {...header} />
    <Layouts.Content>{children}</Layouts.Content>
  </Page.Main>
);
