"""The apps form layers, read from their imports.

home/ is the ground floor and imports no other app of ours; research/ builds on home/;
community/ on home/ and research/; newsletter/ may use all three. home/demo/ (and the command that
runs it) builds a whole site, so it stands above every app. Imports placed inside functions count
like any other: hiding an import in a function does not remove the dependency.

Run this module directly for the report: `python -m tests.test_architecture`.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("home", "research", "community", "newsletter")
# These build a whole demo site from every app, so they stand above all of them.
ABOVE_ALL = ("home.demo", "home.management.commands.load_demo_content")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules():
    """Every Python module of the four apps, by dotted name."""
    modules = {}
    for app in LAYERS:
        for path in sorted((ROOT / app).rglob("*.py")):
            modules[module_name(path)] = path
    return modules


def imported_names(path, name):
    """The dotted names a module imports, with their line numbers, at any depth of the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno


def import_graph():
    """{module: {imported module of ours: first line}}, for the four apps."""
    modules = source_modules()
    graph = {}
    for name, path in modules.items():
        edges = graph.setdefault(name, {})
        for target, line in imported_names(path, name):
            # "from pkg import name" names either a module or an attribute of pkg.
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.setdefault(target, line)
    return graph


def layer(module):
    if module.startswith(ABOVE_ALL):
        return len(LAYERS)
    return LAYERS.index(module.partition(".")[0])


def layer_breaches(graph):
    return sorted(
        f"{source} (line {line}) imports {target}"
        for source, edges in graph.items()
        for target, line in edges.items()
        if layer(target) > layer(source)
    )


def import_cycles(graph):
    """Groups of modules that import each other, directly or around a loop (Tarjan's SCC)."""
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles, key=len, reverse=True)


def report(graph):
    cycles = import_cycles(graph)
    lines = [f"{len(graph)} modules, {sum(map(len, graph.values()))} imports between them"]
    lines.append(f"{len(cycles)} import cycles")
    for group in cycles:
        apps = sorted({module.partition(".")[0] for module in group})
        lines.append(f"  {len(group)} modules across {', '.join(apps)}: {' '.join(group)}")
    breaches = layer_breaches(graph)
    lines.append(f"{len(breaches)} imports against the layers")
    lines.extend(f"  {breach}" for breach in breaches)
    return "\n".join(lines)


def test_each_app_imports_only_the_layers_beneath_it():
    graph = import_graph()
    print(report(graph))
    assert layer_breaches(graph) == []


def test_no_modules_import_each_other():
    graph = import_graph()
    assert import_cycles(graph) == []


def test_the_graph_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "late.py"
    module.write_text("def f():\n    from research.models import Country\n")
    assert ("research.models.Country", 2) in list(imported_names(module, "home.late"))


if __name__ == "__main__":
    print(report(import_graph()))
