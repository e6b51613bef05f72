namespace ClaimTracker.Core.Claims;

/// <summary>
/// One sentence of the article: text[Start..End]. <see cref="Paragraph"/> counts blank-line separated blocks;
/// <see cref="IsHeading"/> marks a short line with no closing punctuation (headline, crosshead, caption).
/// </summary>
internal sealed record Sentence(int Start, int End, int Paragraph, int Line, bool IsHeading)
{
    /// <summary>A repeat of earlier text (a headline echoed in a caption): its numbers are not claimed again.</summary>
    public bool IsRepeat { get; set; }

    /// <summary>Menus, related-article lists, copyright lines: not the article's own words.</summary>
    public bool IsFurniture { get; set; }
}
