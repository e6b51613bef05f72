using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims.Rules;

public sealed class ClauseTests
{
    [Fact]
    public void The_clause_stops_at_a_semicolon_before_and_a_comma_after()
    {
        const string text = "Talks stalled; officials said 500 soldiers were wounded, and the rest fled.";
        var run = CountPhraseRun.Of(Clause.Rule, text, "500");
        var tokens = Words(text);
        Assert.Equal("officials", tokens[run.Phrase.Left]);
        Assert.Equal(",", tokens[run.Phrase.Right]);
    }

    [Fact]
    public void A_partitives_part_reads_past_a_long_whole_to_its_verb()
    {
        const string text = "Around 3,900 of the 11,500 North Korean soldiers believed to have been sent to Russia late last year may have been killed, officials said.";
        var run = CountPhraseRun.Of(Clause.Rule, text, "3,900");
        var tokens = Words(text);
        Assert.Equal(",", tokens[run.Phrase.Right]);
        Assert.Equal("killed", tokens[run.Phrase.Right - 1]);
    }

    [Fact]
    public void Coordinated_people_stay_in_one_clause()
    {
        const string text = "Officials said 50 soldiers and volunteer fighters died in the assault.";
        var run = CountPhraseRun.Of(Clause.Rule, text, "50");
        var tokens = Words(text);
        Assert.Equal(".", tokens[run.Phrase.Right]);
    }

    [Fact]
    public void A_second_verb_phrase_ends_the_clause()
    {
        const string text = "The army had 600 soldiers there and planned to raise more.";
        var run = CountPhraseRun.Of(Clause.Rule, text, "600");
        var tokens = Words(text);
        Assert.Equal("and", tokens[run.Phrase.Right]);
    }

    private static List<string> Words(string text)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        return tokens.Select(t => text[t.Start..t.End]).ToList();
    }
}
