"""
Writes src/cli/output/cli-formatters.cases.json: random responses printed by the AWS CLI v2's own formatters (json,
text, table, yaml; with and without --query), for src/cli/output/cli-formatters.test.ts to compare the terminal's
printing against. Needs a checkout of aws-cli v2 and its Python dependencies (jmespath, ruamel.yaml, python-dateutil,
colorama, urllib3, docutils, distro) on PYTHONPATH; awscrt (native) is stubbed, it is not used by the formatters.

    PYTHONPATH=<aws-cli v2>:<deps> python3 scripts/cli-formatter-cases.py

The CLI ships ruamel.yaml with its C emitter (libyaml); where only the pure-Python ruamel is installed, PyYAML's
emitter methods (libyaml's algorithm in Python) stand in for it so long strings fold as the CLI folds them. Cases where
the CLI itself crashes (a TypeError inside jmespath or a formatter) are left out.
"""
import argparse, importlib.abc, importlib.machinery, io, json, random, sys, types


class _Any:
    def __init__(self, *a, **k): pass
    def __getattr__(self, n): return _Any()
    def __call__(self, *a, **k): return _Any()


class _StubAwscrt(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name == 'awscrt' or name.startswith('awscrt.'):
            return importlib.machinery.ModuleSpec(name, self, is_package=True)
    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.__path__ = []
        m.__getattr__ = lambda n: type(n, (_Any,), {})
        return m
    def exec_module(self, m): pass


sys.meta_path.insert(0, _StubAwscrt())
import jmespath  # noqa: E402
import yaml as pyyaml  # noqa: E402
import ruamel.yaml.emitter as remit  # noqa: E402
from awscli.formatter import get_formatter  # noqa: E402

if 'CEmitter' not in repr(getattr(remit, 'CEmitter', '')):
    for name in ('write_plain', 'write_single_quoted', 'write_double_quoted', 'analyze_scalar'):
        setattr(remit.Emitter, name, getattr(pyyaml.emitter.Emitter, name))

random.seed(20261207)
WORDS = ['vpc-0a1b', 'i-0123456789abcdef0', '10.0.0.0/16', 'running', 'web server', '', 'a b  c', 'Name', 'ünïcödé',
         'x' * 40, 'has: colon', '#hash', 'true', '123', '1.5', 'null', '-dash', 'yes', "it's", 'say "hi"',
         'multi word string that goes on and on past the line width of the terminal for sure', '字符',
         '2024-05-01T12:00:00+00:00', 'tab\there', 'trailing ', ' leading']
KEYS = ['Id', 'Name', 'State', 'Count', 'Tags', 'Key', 'Value', 'Items', 'Size', 'Enabled', 'Zone', 'CidrBlock', 'a', 'B']
QUERIES = [None, None, None, 'Items', 'Items[0]', 'Items[].Id', 'Items[*].[Id, Name]', 'length(Items)', 'Items[0].Tags',
           '{first: Items[0].Id, n: length(Items)}', 'Items[].Tags[]', 'keys(@)', 'Items[0].Name', 'Missing',
           'Items[].{I: Id, S: State}', "Items[?State=='running']"]


def scalar():
    r = random.random()
    if r < 0.55: return random.choice(WORDS)
    if r < 0.7: return random.randint(-5, 100000)
    if r < 0.8: return random.choice([True, False])
    if r < 0.9: return random.choice([0.5, 1.0, 70.0, 3.25, 1e16, 0.0001])
    return None


def value(d):
    r = random.random()
    if d < 3 and r < 0.2: return [obj(d + 1) for _ in range(random.randint(0, 3))]
    if d < 3 and r < 0.3: return obj(d + 1)
    if d < 3 and r < 0.38: return [scalar() for _ in range(random.randint(0, 3))]
    return scalar()


def obj(d):
    return {k: value(d) for k in random.sample(KEYS, random.randint(0, 4))}


def marked(v):
    """Doubles travel as {"$f": repr} (JSON cannot tell 1.0 from 1)."""
    if isinstance(v, float): return {'$f': repr(v)}
    if isinstance(v, dict): return {k: marked(x) for k, x in v.items()}
    if isinstance(v, list): return [marked(x) for x in v]
    return v


# Fixed cases first: East Asian widths in a table, Python reprs of nested values, long and quoted YAML strings.
FIXED = [
    {'Items': [{'Name': 'ünïcödé', 'Zone': 'us-east-1a'}, {'Name': '字符', 'Zone': '°C'}]},
    {'Items': [{'Tags': [{'Key': "it's", 'Value': 'tab\there'}, {'Key': 'say "hi"', 'Value': 'a\\b'}], 'Id': 'i-1'}]},
    {'Description': 'Allows SSH from the office network and from the bastion host in the shared services VPC only',
     'Reason': 'Server.SpotInstanceShutdown: The instance was terminated because the Spot price rose above your max',
     'Items': [{'Note': "it's a long note with a quote that must be single quoted and folded past the width"}]},
]
cases = []
for resp in FIXED:
    for fmt in ('json', 'text', 'table', 'yaml'):
        out = io.StringIO()
        get_formatter(fmt, argparse.Namespace(query=None, color='off', output=fmt))('describe-things', resp, out)
        cases.append({'response': marked(resp), 'output': fmt, 'query': None, 'printed': out.getvalue()})
while len(cases) < 150:
    resp = obj(0)
    if random.random() < 0.6: resp['Items'] = [obj(1) for _ in range(random.randint(0, 3))]
    fmt = random.choice(['json', 'text', 'table', 'yaml'])
    query = random.choice(QUERIES)
    args = argparse.Namespace(query=jmespath.compile(query) if query else None, color='off', output=fmt)
    out = io.StringIO()
    try:
        get_formatter(fmt, args)('describe-things', resp, out)
    except Exception:
        continue
    if len(out.getvalue()) <= 1500:
        cases.append({'response': marked(resp), 'output': fmt, 'query': query, 'printed': out.getvalue()})
path = 'src/cli/output/cli-formatters.cases.json'
with open(path, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', path)
