using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, the Public Health Ministry said. … Lebanese authorities say more than half a million people have crossed into
/// Syria. ¶ The ministry said separately that 163 health workers had been killed": a bare "the ministry" takes up the
/// ministry the story has already credited by a ministry's description, not the same country's government carried from
/// "authorities" or "the government" in between, which is no ministry (Unseen40 iranintl-afp-sidon-strike). Only a
/// government of the ministry's own country is passed over; a ministry named by its name still wins by the other rules.
/// Golden case: the_ministry_said_separately_is_the_ministry_not_the_government.
/// </summary>
internal sealed class StorysMinistry
{
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");
    private SourceDefinition? last;

    /// <summary>Records what an anaphor resolved to, when its words describe a ministry the source is.</summary>
    public void Remember(string anaphor, SourceDefinition? source)
    {
        if (source is not null && CountrysMinistry.Is(anaphor.ToLowerInvariant()) && AnaphorFit.Names(anaphor, source))
        {
            last = source;
        }
    }

    /// <summary>The story's ministry for a bare "the ministry" whose carried speaker is that country's government, or null.</summary>
    public SourceDefinition? Over(string anaphor, SourceDefinition? carried) =>
        last is not null && carried is { Kind: SourceKind.Government } government && government.Country == last.Country
        && IsBare(anaphor) && !AnaphorFit.Names(anaphor, government) ? last : null;

    // "the ministry", "The ministry": the noun alone, saying no portfolio of its own.
    private static bool IsBare(string anaphor)
    {
        var words = new SpacedWords(anaphor.AsSpan().Trim());
        return words.MoveNext() && words.Current.Equals("the", StringComparison.OrdinalIgnoreCase)
            && words.MoveNext() && Ministries.Contains(words.Current) && !words.MoveNext();
    }
}
