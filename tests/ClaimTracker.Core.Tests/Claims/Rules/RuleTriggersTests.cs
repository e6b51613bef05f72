using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;
using ClaimTracker.Core.Tests.Sources;

namespace ClaimTracker.Core.Tests.Claims.Rules;

/// <summary>
/// The count-phrase rules' preconditions (branch `speed13`, <see cref="RuleTrigger"/>): a rule the reader skips because
/// the sentence holds none of its trigger words must be one that, run anyway, would keep the number and change nothing
/// of its cursor or draft, on every figure of every test article; a rule that comes to read a word its declared lists
/// miss fails here instead of silently losing its reading.
/// </summary>
public sealed class RuleTriggersTests
{
    [Fact]
    public void A_rule_turned_away_by_its_precondition_would_have_changed_nothing()
    {
        var gated = PeopleCountReader.Stages.SelectMany(s => s).Where(r => r.Trigger is not null).ToList();
        Assert.NotEmpty(gated);
        var skipped = 0;
        foreach (var text in AliasWordsTests.TestTexts())
        {
            skipped += CheckText(text);
        }
        Assert.True(skipped > 10_000, $"Only {skipped} skipped rule runs checked.");
    }

    [Fact]
    public void Every_precondition_is_met_by_its_own_words_and_by_no_other_sentence()
    {
        const string text = "The army said 300 soldiers were killed near the border.";
        var reader = ReaderOf(text);
        foreach (var name in new[] { "denial", "statedPlan", "forecast", "dealProvision", "agreedHandover", "inACondition", "endangeredPeople", "listUnderAnAmongFrame", "awaitedArrival", "populationInNeed", "treatmentAbroad", "takenHostage" })
        {
            Assert.False(reader.Holds(RuleTriggers.Of(name)), name);
        }
        Assert.True(ReaderOf("The army denied that 300 soldiers were killed.").Holds(RuleTriggers.Of("denial")));
        Assert.True(ReaderOf("The army did not send 300 soldiers.").Holds(RuleTriggers.Of("denial")));
        Assert.True(ReaderOf("Kyiv plans to send 300 soldiers.").Holds(RuleTriggers.Of("statedPlan")));
        Assert.True(ReaderOf("Both sides agreed to hand over 300 bodies.").Holds(RuleTriggers.Of("agreedHandover")));
        Assert.True(ReaderOf("The closure would put 300 patients at risk.").Holds(RuleTriggers.Of("endangeredPeople")));
        Assert.True(ReaderOf("Two medics and 300 soldiers were among those hurt.").Holds(RuleTriggers.Of("listUnderAnAmongFrame")));
        // "army" is one of its own words: the sentence above meets it.
        Assert.False(ReaderOf("Officials said 300 soldiers were killed near the border.").Holds(RuleTriggers.Of("armySize")));
        Assert.True(ReaderOf("The country keeps 300 soldiers on active duty.").Holds(RuleTriggers.Of("armySize")));
        Assert.True(ReaderOf("The town is waiting for 300 soldiers to arrive.").Holds(RuleTriggers.Of("awaitedArrival")));
        Assert.True(ReaderOf("Some 300 families face hunger.").Holds(RuleTriggers.Of("populationInNeed")));
        Assert.True(ReaderOf("Some 300 patients were referred abroad.").Holds(RuleTriggers.Of("treatmentAbroad")));
        Assert.True(ReaderOf("The gunmen took 300 passengers hostage.").Holds(RuleTriggers.Of("takenHostage")));
        Assert.Throws<InvalidOperationException>(() => RuleTriggers.Of("noSuchRule"));
    }

    private static PeopleCountReader ReaderOf(string text)
    {
        var sentence = SentenceSplitter.Split(text).Single();
        var tokens = new List<Token>();
        Token.Split(text, sentence.Start, sentence.End, tokens);
        return new PeopleCountReader(text, tokens, sentence, 0);
    }

    private static int CheckText(string text)
    {
        var mentions = SourceRegistry.Default.FindMentions(text);
        var numbers = new List<NumberMention>();
        foreach (var n in NumberRecognizer.Find(text).OrderBy(n => n.Start))
        {
            TollChange.AddCounts(text, n, numbers);
        }
        var skipped = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var inside = numbers.Where(n => n.Start >= sentence.Start && n.End <= sentence.End).ToList();
            if (inside.Count == 0)
            {
                continue;
            }
            var tokens = new List<Token>();
            Token.Split(text, sentence.Start, sentence.End, tokens);
            var attributors = new List<Attributor>();
            AttributionFinder.Find(text, tokens, mentions, attributors);
            var reader = new PeopleCountReader(text, tokens, sentence, 0) { Attributors = attributors, Mentions = mentions };
            var spans = inside.Select(n => Span(tokens, n)).ToArray();
            ClaimDraft? previous = null;
            for (var n = 0; n < inside.Count; n++)
            {
                skipped += CheckFigure(reader, inside[n], spans, n, previous);
                previous = reader.Read(inside[n], spans, n, previous, static () => null) ?? previous;
            }
        }
        return skipped;
    }

    // Runs every rule of every stage ungated; where the reader would have skipped one, its run must keep the number and
    // leave the cursor and the draft as they were.
    private static int CheckFigure(PeopleCountReader reader, NumberMention number, (int Start, int End)[] spans, int n, ClaimDraft? previous)
    {
        if (reader.Phrase(number, spans, n, previous, static () => null) is not { } phrase)
        {
            return 0;
        }
        var draft = new ClaimDraft(number, 0);
        var skipped = 0;
        foreach (var rule in PeopleCountReader.Stages.SelectMany(s => s))
        {
            if (rule.Trigger is { } trigger && !reader.Holds(trigger))
            {
                var before = Snapshot(phrase, draft);
                Assert.True(rule.Read(reader, phrase, draft), $"{rule.GetType().Name} dropped a number its precondition turns away: {reader.Text[reader.Sentence.Start..reader.Sentence.End]}");
                Assert.True(before == Snapshot(phrase, draft), $"{rule.GetType().Name} changed a figure its precondition turns away: {reader.Text[reader.Sentence.Start..reader.Sentence.End]}");
                skipped++;
            }
            else if (!rule.Read(reader, phrase, draft))
            {
                break;
            }
        }
        return skipped;
    }

    private static string Snapshot(params object[] states) =>
        string.Join("|", states.SelectMany(state => state.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !typeof(Delegate).IsAssignableFrom(p.PropertyType))
            .Select(p => p.Name + "=" + Show(p.GetValue(state)))));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s,
        ValueType v => v.ToString() ?? "",
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Show)) + "]",
        _ => "#" + RuntimeHelpers.GetHashCode(value),
    };

    private static (int Start, int End) Span(List<Token> tokens, NumberMention number)
    {
        var inside = tokens.Select((t, i) => (t, i)).Where(x => x.t.End > number.Start && x.t.Start < number.End).Select(x => x.i).ToList();
        return inside.Count == 0 ? (-1, -1) : (inside[0], inside[^1]);
    }
}
