using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// One count-phrase rule run on its own over a real sentence: the sentence is tokenised and its numbers found as the
/// extractor does, earlier counts in it are read whole, and for the chosen number the rules before
/// <c>rule</c> in <see cref="PeopleCountReader.Stages"/> fill the cursor; then <c>rule</c> alone runs.
/// </summary>
internal sealed class CountPhraseRun
{
    private CountPhraseRun(CountPhrase phrase, ClaimDraft draft, bool reachedRule, bool kept)
    {
        Phrase = phrase;
        Draft = draft;
        ReachedRule = reachedRule;
        Kept = kept;
    }

    public CountPhrase Phrase { get; }

    public ClaimDraft Draft { get; }

    /// <summary>No rule before the one under test stopped the number.</summary>
    public bool ReachedRule { get; }

    /// <summary>What the rule under test returned: false when it found the number counts nobody.</summary>
    public bool Kept { get; }

    /// <summary>Runs <paramref name="rule"/> for the number written <paramref name="number"/> in <paramref name="text"/>.</summary>
    public static CountPhraseRun Of(CountPhraseRule rule, string text, string number, PeopleContext? antecedent = null)
    {
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        var mentions = SourceRegistry.Default.FindMentions(text);
        var attributors = new List<Attributor>();
        AttributionFinder.Find(text, tokens, mentions, attributors);
        var numbers = new List<NumberMention>();
        foreach (var n in NumberRecognizer.Find(text).OrderBy(n => n.Start))
        {
            TollChange.AddCounts(text, n, numbers);
        }
        var spans = numbers.Select(n => Span(tokens, n)).ToArray();
        var target = numbers.FindIndex(n => text[n.Start..n.End] == number);
        Assert.True(target >= 0, $"no number '{number}' in: {text}");
        var reader = new PeopleCountReader(text, tokens, sentence, 0) { Attributors = attributors, Mentions = mentions };
        ClaimDraft? previous = null;
        for (var n = 0; n < target; n++)
        {
            previous = reader.Read(numbers[n], spans, n, previous, () => antecedent) ?? previous;
        }
        var phrase = reader.Phrase(numbers[target], spans, target, previous, () => antecedent);
        Assert.NotNull(phrase);
        var draft = new ClaimDraft(numbers[target], 0);
        foreach (var earlier in PeopleCountReader.Stages.SelectMany(s => s).TakeWhile(r => r != rule))
        {
            if (!earlier.Read(reader, phrase, draft))
            {
                return new CountPhraseRun(phrase, draft, false, false);
            }
        }
        Assert.Contains(rule, PeopleCountReader.Stages.SelectMany(s => s));
        return new CountPhraseRun(phrase, draft, true, rule.Read(reader, phrase, draft));
    }

    private static (int Start, int End) Span(List<Token> tokens, NumberMention number)
    {
        var inside = tokens.Select((t, i) => (t, i)).Where(x => x.t.End > number.Start && x.t.Start < number.End).Select(x => x.i).ToList();
        return inside.Count == 0 ? (-1, -1) : (inside[0], inside[^1]);
    }
}
