using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The shape the rules keep (docs/extraction.md, "Rules"): no method in Claims/ over 60 lines, each count-phrase and
/// attribution rule naming golden cases that exist, and every word list in Claims/Words read by some rule. Read from
/// the source tree, which the repository's formatting (four-space members, braces on their own lines) makes plain.
/// </summary>
public sealed partial class RuleSourceTests
{
    private const int LongestMethod = 60;
    private static readonly string Claims = Path.Combine(RepositoryRoot(), "src", "ClaimTracker.Core", "Claims");

    [Fact]
    public void No_method_in_Claims_is_longer_than_sixty_lines()
    {
        var methods = Methods().ToList();
        Assert.True(methods.Count > 100, $"only {methods.Count} methods found: the reader of the source is broken");
        var tooLong = methods.Where(m => m.Lines > LongestMethod).Select(m => $"{m.File}: {m.Name} has {m.Lines} lines").ToList();
        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }

    [Fact]
    public void Every_golden_case_a_rule_names_exists()
    {
        var cases = Path.Combine(AppContext.BaseDirectory, "TestData", "Claims");
        var named = new List<(string File, string Case)>();
        foreach (var file in Directory.GetFiles(Claims, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in GoldenCases().Matches(File.ReadAllText(file)))
            {
                named.AddRange(CaseName().Matches(m.Groups["names"].Value).Select(n => (Path.GetFileName(file), n.Value)));
            }
        }
        Assert.True(named.Count >= 30, $"only {named.Count} golden cases named by rules");
        var missing = named.Where(n => !Directory.Exists(Path.Combine(cases, n.Case))).Select(n => $"{n.File} names {n.Case}").ToList();
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_word_list_is_read_by_a_rule_and_every_list_read_exists()
    {
        var source = string.Concat(Directory.GetFiles(Claims, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var read = ListRead().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Claims, "Words"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.TryGetProperty("lists", out var lists))
            {
                defined.UnionWith(lists.EnumerateObject().Select(l => l.Name));
            }
        }
        Assert.True(defined.Count >= 50, $"only {defined.Count} word lists found");
        Assert.Empty(defined.Except(read).Order(StringComparer.Ordinal));
        Assert.Empty(read.Except(defined).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_count_phrase_rule_runs_in_a_stage_names_golden_cases_and_has_its_own_tests()
    {
        var rules = PeopleCountReader.Stages.SelectMany(s => s).ToList();
        Assert.True(rules.Count >= 15, $"only {rules.Count} count-phrase rules in the stages");
        Assert.Equal(rules.Count, rules.Distinct().Count());
        var ruleTypes = typeof(CountPhraseRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CountPhraseRule))).ToList();
        Assert.Empty(ruleTypes.Where(t => !rules.Any(r => r.GetType() == t)).Select(t => t.Name));
        var tests = Path.Combine(RepositoryRoot(), "tests", "ClaimTracker.Core.Tests", "Claims", "Rules");
        var problems = new List<string>();
        foreach (var type in ruleTypes)
        {
            var file = Path.Combine(Claims, "Rules", "CountPhrase", type.Name + ".cs");
            if (!File.Exists(file) || !GoldenCases().IsMatch(File.ReadAllText(file)))
            {
                problems.Add($"{type.Name}: no Rules/CountPhrase/{type.Name}.cs naming its golden cases");
            }
            if (!File.Exists(Path.Combine(tests, type.Name + "Tests.cs")))
            {
                problems.Add($"{type.Name}: no tests/ClaimTracker.Core.Tests/Claims/Rules/{type.Name}Tests.cs");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_attribution_frame_runs_in_order_names_golden_cases_and_has_its_own_tests()
    {
        var frames = AttributionFinder.CueFrames.Concat(AttributionFinder.VerbFrames).ToList();
        Assert.True(frames.Count >= 8, $"only {frames.Count} attribution frames");
        Assert.IsType<SpeakerBefore>(AttributionFinder.VerbFrames[^1]);
        var frameTypes = typeof(AttributionFrame).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AttributionFrame))).ToList();
        Assert.Empty(frameTypes.Where(t => !frames.Any(f => f.GetType() == t)).Select(t => t.Name));
        var tests = Path.Combine(RepositoryRoot(), "tests", "ClaimTracker.Core.Tests", "Claims", "Rules");
        var problems = new List<string>();
        foreach (var type in frameTypes)
        {
            var file = Path.Combine(Claims, "Rules", "Attribution", type.Name + ".cs");
            if (!File.Exists(file) || !GoldenCases().IsMatch(File.ReadAllText(file)))
            {
                problems.Add($"{type.Name}: no Rules/Attribution/{type.Name}.cs naming its golden cases");
            }
            if (!File.Exists(Path.Combine(tests, type.Name + "Tests.cs")))
            {
                problems.Add($"{type.Name}: no tests/ClaimTracker.Core.Tests/Claims/Rules/{type.Name}Tests.cs");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<(string File, string Name, int Lines)> Methods()
    {
        foreach (var file in Directory.GetFiles(Claims, "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!Member().IsMatch(lines[i]) || lines[i].TrimEnd().EndsWith(';') || lines[i].Contains("=>", StringComparison.Ordinal))
                {
                    continue;
                }
                var open = i;
                while (open < lines.Length && lines[open] != "    {")
                {
                    open++;
                }
                var close = open;
                while (close < lines.Length && lines[close] != "    }")
                {
                    close++;
                }
                yield return (Path.GetFileName(file), lines[i].Trim(), close - open - 1);
                i = close;
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "ClaimTracker.Core", "Claims")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository's src/ClaimTracker.Core/Claims was not found above the test's folder.");
    }

    // A method, constructor or local-function-free member of a class at the file's member indent.
    [GeneratedRegex(@"^    (?:public|private|internal|protected)\b[^=;]*\(")]
    private static partial Regex Member();

    [GeneratedRegex(@"Golden cases?:(?<names>(?:\s*(?:///)?\s*[a-z0-9_]+,?)+)")]
    private static partial Regex GoldenCases();

    [GeneratedRegex(@"[a-z0-9]+(?:_[a-z0-9]+)+")]
    private static partial Regex CaseName();

    [GeneratedRegex(@"WordLists\.Set\(""(?<name>\w+)""\)")]
    private static partial Regex ListRead();
}
