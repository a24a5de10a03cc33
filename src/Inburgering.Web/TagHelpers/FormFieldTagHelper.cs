using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Inburgering.Web.TagHelpers;

/// <summary>
/// Wraps one form control with its label, hint and error message, so every form shows errors
/// next to the field the same way: <c>&lt;form-field for="Input.Email"&gt;&lt;input asp-for="Input.Email" /&gt;&lt;/form-field&gt;</c>.
/// The label is the resource "Field.{Property}" unless <c>label</c> names another key.
/// </summary>
[HtmlTargetElement("form-field")]
public sealed class FormFieldTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    [HtmlAttributeName("for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [HtmlAttributeName("label")]
    public string? LabelKey { get; set; }

    [HtmlAttributeName("hint")]
    public string? HintKey { get; set; }

    [HtmlAttributeName("optional")]
    public bool Optional { get; set; }

    [HtmlAttributeName("class")]
    public string? CssClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = FieldIds.FullName(ViewContext, For.Name);
        var id = FieldIds.For(name);
        var label = localizer[LabelKey ?? $"Field.{For.Metadata.PropertyName}"];
        var errors = FieldIds.Errors(ViewContext, name);
        var content = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", CssClass ?? "mb-3");
        output.Content.AppendHtml($"<label class=\"form-label\" for=\"{id}\">");
        output.Content.Append(label);
        if (Optional)
        {
            output.Content.AppendHtml(" <span class=\"text-body-secondary small\">");
            output.Content.Append(localizer["Form.Optional"]);
            output.Content.AppendHtml("</span>");
        }

        output.Content.AppendHtml("</label>");
        output.Content.AppendHtml(content);
        if (HintKey is not null)
        {
            output.Content.AppendHtml($"<div class=\"form-text\" id=\"{id}-hint\">");
            output.Content.Append(localizer[HintKey]);
            output.Content.AppendHtml("</div>");
        }

        output.Content.AppendHtml($"<div class=\"invalid-feedback d-block\" id=\"{id}-error\">");
        output.Content.Append(string.Join(" ", errors));
        output.Content.AppendHtml("</div>");
    }
}

/// <summary>Marks an invalid control for assistive technology and links it to its message and hint.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AriaValidationTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [HtmlAttributeName("hint")]
    public bool HasHint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = FieldIds.FullName(ViewContext, For.Name);
        var id = FieldIds.For(name);
        var describedBy = new List<string>();
        if (HasHint)
        {
            describedBy.Add($"{id}-hint");
        }

        if (FieldIds.Errors(ViewContext, name).Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.AddClass("is-invalid", HtmlEncoder.Default);
            describedBy.Add($"{id}-error");
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }
    }
}

internal static class FieldIds
{
    /// <summary>The posted name, with the prefix of a partial rendered for a sub-model.</summary>
    public static string FullName(ViewContext viewContext, string name) =>
        viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);

    public static string For(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static IReadOnlyList<string> Errors(ViewContext viewContext, string name) =>
        viewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            ? [.. entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m))]
            : [];
}
