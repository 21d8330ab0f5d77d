import { Alert, Button, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** One per panel: a crash in one part of a page leaves the rest readable. */
export class PanelBoundary extends Component<{ children: ReactNode; name: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`the ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <Alert color="red" variant="light" title={`The ${this.props.name} could not be shown`} role="alert">
        <Text size="sm">{this.state.error.message}</Text>
        <Button mt="sm" size="xs" variant="default" onClick={() => this.setState({ error: null })}>Try again</Button>
      </Alert>
    );
  }
}
