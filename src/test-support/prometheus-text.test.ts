import { describe, expect, it } from 'vitest';
import { parsePrometheusText, sampleSum, sampleValue } from './prometheus-text.js';

const GOOD = `# HELP http_requests_total The total number of HTTP requests.
# TYPE http_requests_total counter
http_requests_total{method="post",code="200"} 1027 1395066363000
http_requests_total{method="post",code="400"}    3 1395066363000
# A plain comment
msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9
# TYPE request_seconds histogram
# HELP request_seconds Latency, with a back\\\\slash and a\\nnew line.
request_seconds_bucket{le="0.05"} 24054
request_seconds_bucket{le="+Inf"} 144320
request_seconds_sum 53423
request_seconds_count 144320
# TYPE rpc_seconds summary
rpc_seconds{quantile="0.5"} 4773
rpc_seconds_sum 1.7560473e+07
rpc_seconds_count 2693
# TYPE gone gauge
gone Nan
gone_down{x="1",} -Inf
`;

describe('the Prometheus text parser', () => {
  it('reads families, types, help with escapes, labels with escapes, values and timestamps', () => {
    const families = parsePrometheusText(GOOD);
    expect(families.get('http_requests_total')).toMatchObject({ type: 'counter', help: 'The total number of HTTP requests.' });
    expect(sampleValue(families, 'http_requests_total', { code: '400' })).toBe(3);
    expect(sampleSum(families, 'http_requests_total')).toBe(1030);
    expect(families.get('msdos_file_access_time_seconds')?.samples[0]?.labels).toEqual({ path: 'C:\\DIR\\FILE.TXT', error: 'Cannot find file:\n"FILE.TXT"' });
    expect(families.get('request_seconds')).toMatchObject({ type: 'histogram', help: 'Latency, with a back\\slash and a\nnew line.' });
    expect(sampleValue(families, 'request_seconds_bucket', { le: '+Inf' })).toBe(144320);
    expect(sampleValue(families, 'rpc_seconds_sum')).toBe(17560473);
    expect(Number.isNaN(sampleValue(families, 'gone'))).toBe(true);
    expect(sampleValue(families, 'gone_down', { x: '1' })).toBe(-Infinity);
  });

  it('refuses a family split in two, a TYPE after samples, a series twice and foreign samples in a histogram', () => {
    expect(() => parsePrometheusText('# TYPE a counter\na 1\n# TYPE b gauge\nb 1\na{x="y"} 2\n')).toThrow(/line 5: metric family a appears in two places/);
    expect(() => parsePrometheusText('a 1\n# TYPE a counter\n')).toThrow(/line 2: TYPE for a after its samples/);
    expect(() => parsePrometheusText('# TYPE a gauge\na{x="1"} 1\na{x="1"} 2\n')).toThrow(/line 3: series a\{x="1"\} appears twice/);
    expect(() => parsePrometheusText('# TYPE h histogram\nh_bucket{le="1"} 1\nh 2\n')).toThrow(/line 3: h is not a sample name of histogram h/);
    expect(() => parsePrometheusText('# TYPE h histogram\nh_bucket 1\n')).toThrow(/no le label/);
  });

  it('refuses bad names, bad escapes, bad values, unknown types and a missing final line feed', () => {
    expect(() => parsePrometheusText('1abc 1\n')).toThrow(/must start with a metric name/);
    expect(() => parsePrometheusText('a{1x="y"} 1\n')).toThrow(/invalid label name/);
    expect(() => parsePrometheusText('a{x="\\t"} 1\n')).toThrow(/invalid escape/);
    expect(() => parsePrometheusText('a{x="y} 1\n')).toThrow(/unterminated value|expected a value/);
    expect(() => parsePrometheusText('a one\n')).toThrow(/invalid value "one"/);
    expect(() => parsePrometheusText('# TYPE a meter\n')).toThrow(/unknown type/);
    expect(() => parsePrometheusText('a 1')).toThrow(/must end with a line feed/);
  });
});
