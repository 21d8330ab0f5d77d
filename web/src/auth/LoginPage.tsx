import { Alert, Anchor, Button, Center, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, setCsrfToken, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import { queryKeys } from '../api/queries';
import { usePageTitle } from '../app/usePageTitle';
import { safeNext } from './session';

/** `/login`: email and password, or single sign-on when `/auth/methods` offers it. */
export function LoginPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const methods = useQuery({ queryKey: ['auth-methods'], queryFn: () => unwrap(api.GET('/api/v1/auth/methods')), staleTime: Infinity });
  const signIn = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/login', { body: { email, password } })),
    onSuccess: async (session) => {
      setCsrfToken(session.csrf_token);
      await client.invalidateQueries({ queryKey: queryKeys.me });
      navigate(next, { replace: true });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };

  const oidc = methods.data?.oidc ?? null;
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder p="xl" radius="md" w="100%" maw={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2" ref={heading} tabIndex={-1}>Sign in to Vigil</Title>
              <Text size="sm" c="dimmed">Incidents, on-call and escalation.</Text>
            </div>
            {signIn.isError && <LoginError error={signIn.error} />}
            <TextInput label="Email" type="email" autoComplete="username" required withAsterisk={false} value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label="Password" autoComplete="current-password" required withAsterisk={false} value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={signIn.isPending} fullWidth>Sign in</Button>
            {oidc !== null && (
              <>
                <Divider label="or" labelPosition="center" />
                <Button component="a" variant="default" href={`/api/v1/auth/oidc/login?return_to=${encodeURIComponent(next)}`} fullWidth>
                  Sign in with {oidc.name}
                </Button>
              </>
            )}
            <Text size="xs" c="dimmed">
              No account yet? An administrator creates one (<Anchor href="/docs" size="xs">API</Anchor> or <code>vigil users create</code>).
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

function LoginError({ error }: { error: Error }) {
  const apiError = error instanceof ApiError ? error : null;
  const message = apiError?.code === 'VIGIL_LOGIN_LOCKED' || apiError?.code === 'VIGIL_RATE_LIMITED'
    ? `${apiError.message}${apiError.retryAfterSeconds ? ` Try again in ${Math.ceil(apiError.retryAfterSeconds / 60)} min.` : ''}`
    : apiError?.status === 401
      ? 'That email and password do not match an account.'
      : apiError?.message ?? error.message;
  return <Alert color="red" variant="light" role="alert">{message}</Alert>;
}
