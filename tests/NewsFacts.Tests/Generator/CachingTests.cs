using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsFacts.Generator;
using NewsFacts.Generator.Model;
using NewsFacts.Tests.Infrastructure;

namespace NewsFacts.Tests.Generator;

/// <summary>The pipeline caches: unrelated edits re-run nothing, and its values hold no compiler objects.</summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps =
    {
        FactsGenerator.Steps.Parse, FactsGenerator.Steps.ReferencedIds, FactsGenerator.Steps.Options, FactsGenerator.Steps.Validate, FactsGenerator.Steps.Model, FactsGenerator.Steps.Diagnostics, FactsGenerator.Steps.EmitOptions,
    };

    [Fact]
    public void An_edit_to_an_unrelated_CSharp_file_leaves_every_step_cached_and_re_emits_nothing()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("a.facts.yaml", TestYaml.Small) }, "Consumer.Facts").RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", new CSharpParseOptions(LanguageVersion.CSharp12)));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in TrackedSteps)
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_unrelated_CSharp_edit_does_not_re_read_the_referenced_ids_but_adding_or_removing_the_NewsFacts_reference_does()
    {
        // The project's facts refer to one of NewsFacts' records.
        string yaml = TestYaml.WithEntity("  - id: our-russia\n    kind: country\n    names: { en: Our Russia }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]")
            + "\nevents:\n  - id: e\n    kind: visit\n    participants: [vladimir-putin]\n    evidence: [{ document: doc-1, quote: x, start: 0 }]";
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { ("a.facts.yaml", yaml) }, "Consumer.Facts").RunGenerators(compilation);
        Assert.NotEmpty(ReferencedIds(driver).Value);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        // The step did not run at all (Cached), not ran and found the same ids (Unchanged); what follows it did not change either.
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", new CSharpParseOptions(LanguageVersion.CSharp12)));
        driver = driver.RunGenerators(edited);
        Assert.Equal(IncrementalStepRunReason.Cached, ReferencedIds(driver).Reason);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();
        foreach (string step in new[] { FactsGenerator.Steps.Validate, FactsGenerator.Steps.Model, FactsGenerator.Steps.Diagnostics })
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        MetadataReference newsFacts = edited.References.Single(r => Path.GetFileName(r.Display) == "NewsFacts.dll");
        CSharpCompilation without = edited.RemoveReferences(newsFacts);
        driver = driver.RunGenerators(without);
        Assert.Equal((IncrementalStepRunReason.Modified, 0), (ReferencedIds(driver).Reason, ReferencedIds(driver).Value.Count));
        Assert.Equal("NF0007", Assert.Single(driver.GetRunResult().Diagnostics).Id);

        driver = driver.RunGenerators(without.AddReferences(newsFacts));
        Assert.Equal(IncrementalStepRunReason.Modified, ReferencedIds(driver).Reason);
        Assert.NotEmpty(ReferencedIds(driver).Value);
        Assert.Empty(driver.GetRunResult().Diagnostics);
    }

    private static (IncrementalStepRunReason Reason, EquatableArray<ReferencedDatasetSpec> Value) ReferencedIds(GeneratorDriver driver)
    {
        (object value, IncrementalStepRunReason reason) = driver.GetRunResult().Results.Single().TrackedSteps[FactsGenerator.Steps.ReferencedIds].Single().Outputs.Single();
        return (reason, ((NewsFacts.Generator.Validation.ExternalIds)value).Datasets);
    }

    [Fact]
    public void An_edit_to_one_facts_file_re_parses_only_that_file()
    {
        const string Other = "schema: 1\nentities:\n  - id: paris\n    kind: place\n    names: { en: Paris }\n    evidence: [{ document: doc-1, quote: x, start: 0 }]\n";
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var small = new GeneratorHarness.InMemoryAdditionalText("a.facts.yaml", TestYaml.Small);
        var other = new GeneratorHarness.InMemoryAdditionalText("b.facts.yaml", Other);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Consumer.Facts").AddAdditionalTexts([small, other]).RunGenerators(compilation);

        var changed = new GeneratorHarness.InMemoryAdditionalText("b.facts.yaml", Other.Replace("Paris", "Paname", StringComparison.Ordinal));
        GeneratorRunResult second = driver.ReplaceAdditionalText(other, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        IncrementalStepRunReason[] reasons = second.TrackedSteps[FactsGenerator.Steps.Parse].Select(s => s.Outputs.Single().Reason).ToArray();
        Assert.Equal(1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void An_edit_to_an_unrelated_document_text_does_not_re_emit_but_one_to_a_quotes_context_does()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var facts = new GeneratorHarness.InMemoryAdditionalText("a.facts.yaml", TestYaml.Small);
        var quoted = new GeneratorHarness.InMemoryAdditionalText("doc-1.txt", SnapshotTests.SmallDocument);
        var unrelated = new GeneratorHarness.InMemoryAdditionalText("doc-9.txt", "No fact quotes this text.");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Consumer.Facts").AddAdditionalTexts([facts, quoted, unrelated]).RunGenerators(compilation);

        var edited = new GeneratorHarness.InMemoryAdditionalText("doc-9.txt", "Still no fact quotes this text.");
        driver = driver.ReplaceAdditionalText(unrelated, edited).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        // The prefixes and suffixes come from the quotes' own documents only: the model is the same, nothing re-emits.
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.TrackedSteps[FactsGenerator.Steps.Validate].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, second.TrackedSteps[FactsGenerator.Steps.Model].Single().Outputs.Single().Reason);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // A word after the last quote changes that quote's suffix: the tables are written again.
        var longer = new GeneratorHarness.InMemoryAdditionalText("doc-1.txt", SnapshotTests.SmallDocument + " More.");
        GeneratorRunResult third = driver.ReplaceAdditionalText(quoted, longer).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, third.TrackedSteps[FactsGenerator.Steps.Model].Single().Outputs.Single().Reason);
    }

    [Fact]
    public void Moving_text_without_changing_facts_re_validates_but_does_not_re_emit()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var original = new GeneratorHarness.InMemoryAdditionalText("a.facts.yaml", TestYaml.Small);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Consumer.Facts").AddAdditionalTexts([original]).RunGenerators(compilation);

        var moved = new GeneratorHarness.InMemoryAdditionalText("a.facts.yaml", "# a comment that shifts every line\n\n" + TestYaml.Small);
        GeneratorRunResult second = driver.ReplaceAdditionalText(original, moved).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[FactsGenerator.Steps.Parse].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.TrackedSteps[FactsGenerator.Steps.Validate].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, second.TrackedSteps[FactsGenerator.Steps.Model].Single().Outputs.Single().Reason);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Records_that_change_places_carry_their_new_places_but_the_emitted_model_is_unchanged()
    {
        const string London = "  - id: london\n    kind: place\n    names: { en: London, fr: Londres }\n    evidence:\n      - { document: doc-1, quote: \"London\", start: 25 }\n";
        string small = TestYaml.Small.ReplaceLineEndings("\n");
        Assert.Contains(London, small, StringComparison.Ordinal);
        string reordered = small.Replace(London, string.Empty, StringComparison.Ordinal).Replace("entities:\n", "entities:\n" + London, StringComparison.Ordinal);
        Assert.NotEqual(small, reordered);

        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var original = new GeneratorHarness.InMemoryAdditionalText("a.facts.yaml", small);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(Array.Empty<(string, string)>(), "Consumer.Facts").AddAdditionalTexts([original]).RunGenerators(compilation);
        FactsFile before = ParsedFile(driver.GetRunResult().Results.Single());

        GeneratorRunResult second = driver.ReplaceAdditionalText(original, new GeneratorHarness.InMemoryAdditionalText("a.facts.yaml", reordered)).RunGenerators(compilation).GetRunResult().Results.Single();
        FactsFile after = ParsedFile(second);

        // The same records, each with where it now stands: the parse step's value changed, the emitter's did not.
        Assert.Equal(before.Records.Select(r => r.Value).OrderBy(r => r.Id, StringComparer.Ordinal), after.Records.Select(r => r.Value).OrderBy(r => r.Id, StringComparer.Ordinal));
        int At(FactsFile file, string id) => file.Records.Single(r => r.Value.Id == id).Source.Offset;
        Assert.Equal(small.IndexOf("id: london", StringComparison.Ordinal), At(before, "london"));
        Assert.Equal(reordered.IndexOf("id: london", StringComparison.Ordinal), At(after, "london"));
        Assert.True(At(after, "london") < At(after, "ada-lovelace"));
        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[FactsGenerator.Steps.Parse].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, second.TrackedSteps[FactsGenerator.Steps.Model].Single().Outputs.Single().Reason);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static FactsFile ParsedFile(GeneratorRunResult result) => (FactsFile)result.TrackedSteps[FactsGenerator.Steps.Parse].Single().Outputs.Single().Value;

    [Fact]
    public void Pipeline_values_hold_no_Compilation_symbol_or_syntax_node()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        GeneratorRunResult result = GeneratorHarness.CreateDriver(new[] { ("a.facts.yaml", TestYaml.Small), ("broken.facts.yaml", "schema: 1\nentities: [1]\n") }, "Consumer.Facts")
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (string step in TrackedSteps)
        {
            foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
            {
                foreach ((object value, _) in run.Outputs)
                {
                    AssertNoCompilerObjects(value, step, visited);
                }
            }
        }

        Assert.True(visited.Count > 50, "the walk should have visited the model graph");
    }

    private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoCompilerObjects(item, $"{path}[{i++}]", visited);
            }

            return;
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoCompilerObjects(field.GetValue(value), $"{path}.{field.Name}", visited);
        }
    }
}
