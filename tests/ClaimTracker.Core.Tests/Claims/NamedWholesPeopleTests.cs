using ClaimTracker.Core.Claims;
using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// <see cref="NamedWholesPeople"/> reads a whole's people only before an include verb; with none in reach it leaves
/// before walking the sentence's words (issue 10 deliver 4), so the answer with no verb must stay "no people".
/// </summary>
public sealed class NamedWholesPeopleTests
{
    [Fact]
    public void The_named_whole_before_an_include_verb_gives_its_people()
    {
        Assert.Equal(["Palestinian"], Of("The Palestinians killed in the strikes include six children and eight women.", "six"));
    }

    [Fact]
    public void No_include_verb_in_reach_gives_no_people()
    {
        Assert.Null(Of("The Palestinians killed in the strikes were mourned by six children and eight women.", "six"));
        Assert.Null(Of("The Palestinians killed in the strikes include, according to the hospital's director, six children.", "six"));
    }

    private static IReadOnlyList<string>? Of(string text, string number)
    {
        var tokens = new List<Token>();
        Token.Split(text, 0, text.Length, tokens);
        var mention = NumberRecognizer.Find(text).Single(n => text[n.Start..n.End] == number);
        return NamedWholesPeople.Of(text, tokens, new ClaimDraft(mention, 0));
    }
}
