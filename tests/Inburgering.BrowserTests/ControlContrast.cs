using Microsoft.Playwright;

namespace Inburgering.BrowserTests;

/// <summary>
/// What axe does not check (WCAG 2.2 1.4.11 non-text contrast, 2.4.7 focus visible): the border of every visible form
/// field, checkbox and radio against the colour behind it, and the focus ring (outline or box-shadow) of every
/// control after focusing it from the keyboard, each at least 3:1. Computed styles in the real browser.
/// </summary>
public static class ControlContrast
{
    public const double Minimum = 3.0;

    private const string Script = """
        (() => {
          const parse = (c) => {
            if (!c) return null;
            let m = c.match(/^rgba?\(([^)]+)\)/);
            if (m) {
              const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
              return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
            }
            m = c.match(/^color\(srgb ([^)]+)\)/);
            if (m) {
              const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number);
              return { r: p[0] * 255, g: p[1] * 255, b: p[2] * 255, a: p.length > 3 ? p[3] : 1 };
            }
            return null;
          };
          const over = (top, bottom) => ({
            r: top.r * top.a + bottom.r * (1 - top.a),
            g: top.g * top.a + bottom.g * (1 - top.a),
            b: top.b * top.a + bottom.b * (1 - top.a),
            a: 1,
          });
          const background = (el) => {
            const layers = [];
            for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
              const c = parse(getComputedStyle(n).backgroundColor);
              if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
            }
            let colour = { r: 255, g: 255, b: 255, a: 1 };
            for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
            return colour;
          };
          const luminance = (c) => {
            const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
          };
          const ratio = (a, b) => {
            const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (l1 + 0.05) / (l2 + 0.05);
          };
          const name = (el) => {
            const id = el.id ? '#' + el.id : '';
            const field = el.name ? `[name="${el.name}"]` : '';
            const type = el.type ? `[type=${el.type}]` : '';
            const text = el.tagName === 'A' || el.tagName === 'BUTTON' ? ` "${(el.textContent || '').trim().slice(0, 40)}"` : '';
            return el.tagName.toLowerCase() + id + field + type + text;
          };
          const visible = (el) => {
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return r.width > 2 && r.height > 2 && s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0'
              && !el.closest('[hidden], .visually-hidden, .visually-hidden-focusable:not(:focus)');
          };
          const controls = () => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => !['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type) && !el.disabled && visible(el));
          // The boundary of a field is its border, or its fill when it has none that shows (1.4.11: either identifies it).
          // Bootstrap animates border and shadow colours (0.15 s): what is measured is where they end, not a frame on the way.
          const settle = () => document.getAnimations().forEach(a => { try { a.finish(); } catch { } });
          const boundary = (el) => {
            settle();
            const s = getComputedStyle(el);
            const behind = background(el.parentElement);
            const sides = ['Top', 'Right', 'Bottom', 'Left']
              .filter(side => parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== 'none')
              .map(side => ratio(over(parse(s[`border${side}Color`]) || { r: 0, g: 0, b: 0, a: 0 }, behind), behind));
            const border = sides.length ? Math.min(...sides) : 0;
            const fill = ratio(background(el), behind);
            return { border, fill, best: Math.max(border, fill) };
          };
          const focusRing = (el) => {
            settle();
            const s = getComputedStyle(el);
            const behind = background(el.parentElement);
            const rings = [];
            if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) {
              const c = parse(s.outlineColor);
              if (c && c.a > 0) rings.push(ratio(over(c, behind), behind));
            }
            if (s.boxShadow && s.boxShadow !== 'none') {
              for (const shadow of s.boxShadow.split(/,(?![^(]*\))/)) {
                const c = parse((shadow.match(/(rgba?\([^)]*\)|color\([^)]*\))/) || [])[0]);
                const lengths = (shadow.replace(/(rgba?\([^)]*\)|color\([^)]*\))/, '').match(/-?[\d.]+px/g) || []).map(parseFloat);
                const spread = lengths.length >= 4 ? lengths[3] : 0;
                const blur = lengths.length >= 3 ? lengths[2] : 0;
                if (c && c.a > 0 && (spread >= 1 || blur >= 1)) rings.push(ratio(over(c, behind), behind));
              }
            }
            return rings.length ? Math.max(...rings) : 0;
          };
          return { parse, background, ratio, name, visible, controls, boundary, focusRing };
        })()
        """;

    /// <summary>Every visible form control whose border (or fill) has less than 3:1 against the colour behind it.</summary>
    public static async Task<IReadOnlyList<string>> BorderProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>($$"""
            () => {
              const c = {{Script}};
              return c.controls().map(el => ({ el, b: c.boundary(el) }))
                .filter(x => x.b.best < {{Minimum}})
                .map(x => `${c.name(x.el)}: border ${x.b.border.toFixed(2)}:1, fill ${x.b.fill.toFixed(2)}:1 against the background`);
            }
            """);
    }

    /// <summary>
    /// The focus ring of the element that has the focus, as a contrast ratio against the colour behind it
    /// (0 when it has no outline and no box-shadow): what a keyboard user sees of where they are.
    /// </summary>
    public static async Task<FocusRing> FocusedRingAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<FocusRing>($$"""
            () => {
              const c = {{Script}};
              const el = document.activeElement;
              if (!el || el === document.body) return { Element: 'body', Ratio: 0 };
              return { Element: c.name(el), Ratio: c.focusRing(el) };
            }
            """);
    }

    /// <summary>
    /// Tabs through the page as a keyboard user does and measures the focus ring of every form control reached;
    /// controls Tab does not reach (the other radios of a group) are focused after the keyboard walk, which keeps
    /// the browser's keyboard focus mode. Focus and scroll position are restored afterwards.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FocusProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var count = await page.EvaluateAsync<int>($$"""
            () => {
              const c = {{Script}};
              window.__contrastState = { focus: document.activeElement, x: scrollX, y: scrollY };
              const controls = c.controls();
              controls.forEach((el, i) => el.setAttribute('data-contrast-control', i));
              return controls.length;
            }
            """);
        var problems = new List<string>();
        if (count > 0)
        {
            var measured = new HashSet<string>();
            var tabbable = await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length");
            await page.EvaluateAsync("() => { document.activeElement?.blur(); window.focus(); }");
            for (var step = 0; step < tabbable + 5 && measured.Count < count; step++)
            {
                await page.Keyboard.PressAsync("Tab");
                var index = await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-contrast-control')");
                if (index is not null && measured.Add(index))
                {
                    await MeasureAsync(page, problems);
                }
            }

            for (var i = 0; i < count; i++)
            {
                var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!measured.Contains(index))
                {
                    await page.EvaluateAsync($"() => document.querySelector('[data-contrast-control=\"{index}\"]').focus()");
                    await MeasureAsync(page, problems);
                }
            }
        }

        await page.EvaluateAsync("""
            () => {
              document.querySelectorAll('[data-contrast-control]').forEach(el => el.removeAttribute('data-contrast-control'));
              const s = window.__contrastState;
              if (s?.focus && s.focus !== document.body) s.focus.focus({ preventScroll: true }); else document.activeElement?.blur();
              if (s) window.scrollTo({ left: s.x, top: s.y, behavior: 'instant' });
            }
            """);
        return problems;
    }

    private static async Task MeasureAsync(IPage page, List<string> problems)
    {
        var (element, ratio) = await FocusedRingAsync(page);
        if (ratio < Minimum)
        {
            problems.Add(ratio == 0 ? $"{element}: no visible focus ring" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{element}: focus ring {ratio:0.00}:1 against the background"));
        }
    }

    /// <summary>Visible text set under 14 px (status badges, notes under a table): too small to read for many.</summary>
    public static async Task<IReadOnlyList<string>> SmallTextProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>($$"""
            () => {
              const c = {{Script}};
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const small = new Set();
              for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                const el = t.parentElement;
                if (!t.textContent.trim() || !el || small.has(el) || el.closest('script, style, noscript')) continue;
                if (parseFloat(getComputedStyle(el).fontSize) < 13.95 && c.visible(el)) small.add(el);
              }
              return [...small].slice(0, 20).map(el => `${c.name(el)}${el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : ''} "${el.textContent.trim().slice(0, 40)}": ${getComputedStyle(el).fontSize} text`);
            }
            """);
    }

    /// <summary>Fails with each control and its ratio when a border or a focus ring is below 3:1, or text is under 14 px.</summary>
    public static async Task AssertControlContrastAsync(this IPage page)
    {
        var problems = (await BorderProblemsAsync(page)).Concat(await SmallTextProblemsAsync(page)).Concat(await FocusProblemsAsync(page)).ToList();
        Assert.True(problems.Count == 0, $"Non-text contrast below {Minimum}:1 on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}

/// <summary>The focused element and the contrast of its focus ring (Playwright fills it from the page's JSON).</summary>
public sealed class FocusRing
{
    public string Element { get; set; } = string.Empty;

    public double Ratio { get; set; }

    public void Deconstruct(out string element, out double ratio) => (element, ratio) = (Element, Ratio);
}
