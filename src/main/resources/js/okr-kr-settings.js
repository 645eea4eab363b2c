/*
 * Northstar OKR, Key Result panel: the key result's settings form and the initiatives' inline ratings. The form shows
 * the fields the chosen kind uses (direction, band and value source for a metric; status credit for issue completion
 * and story points), previews what its JQL finds for the person typing it (POST /keyresults/{key}/jql-preview) and
 * saves through PUT /keyresults/{key}/settings; a rating saves through PUT /keyresults/{key}/initiatives/{issue}. The
 * REST API validates: its translated message appears next to the field it names (at the form's end when that field is
 * not shown). The page reloads after a save, so that the panel shows the new figures and the new ranking. Handlers are
 * delegated from the document because Jira may load the issue view (and this panel) after the page itself.
 */
(function ($, okr) {
    'use strict';

    function words(value) {
        return $.trim(value || '').split(/\s+/);
    }

    /** A number as JSON; anything else stays text, so that the REST API names the field at fault. */
    function number(raw) {
        var text = $.trim(raw || '');
        return text !== '' && !isNaN(Number(text)) ? Number(text) : text;
    }

    /** As {@link number}, with an empty field sent as null (no value). */
    function optionalNumber(raw) {
        return $.trim(raw || '') === '' ? null : number(raw);
    }

    function whole(raw) {
        return /^[0-9]+$/.test(raw || '') ? parseInt(raw, 10) : raw;
    }

    /** Shows the fields that the chosen kind, direction, value source and credit use; the others keep their values. */
    function fit(form) {
        var chosen = {
            'data-okr-kinds': form.find('[name=kind]').val(),
            'data-okr-directions': form.find('[name=direction]').val(),
            'data-okr-sources': form.find('[name=metricFrom]').val(),
            'data-okr-credit': form.find('[name=credit]').val()
        };
        form.find('[data-okr-kinds], [data-okr-credit]').each(function () {
            var field = $(this);
            var shown = true;
            $.each(chosen, function (attribute, value) {
                var wanted = field.attr(attribute);
                if (wanted !== undefined && $.inArray(value, words(wanted)) < 0) {
                    shown = false;
                }
            });
            field.prop('hidden', !shown);
        });
    }

    /** The REST API's message next to its field, or at the form's end when that field is not shown. */
    function showError(form, xhr) {
        okr.showError(form, xhr);
        form.find('[data-okr-error-for]').not('[data-okr-error-for=""]').each(function () {
            var target = $(this);
            if (target.text() !== '' && target.closest('[hidden]').length) {
                form.find('[data-okr-error-for=""]').text(target.text());
                target.text('');
            }
        });
    }

    /** Saves; {@code saved} is the translated text to show (literal keys only: Jira's jsI18n replaces those). */
    function save(form, url, body, saved) {
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        form.find('.okr-form-saved').text('');
        button.prop('disabled', true);
        okr.send('PUT', url, body).done(function () {
            var done = form.find('.okr-form-saved');
            (done.length ? done : form.find('[data-okr-error-for=""]')).text(saved);
            window.location.reload();
        }).fail(function (xhr) {
            showError(form, xhr);
            button.prop('disabled', false);
        });
    }

    $(function () {
        $('form.okr-kr-settings-form').each(function () {
            fit($(this));
        });
    });

    $(document).on('click', '.okr-kr-settings-toggle', function (event) {
        event.preventDefault();
        var button = $(this);
        var open = button.attr('aria-expanded') === 'true';
        var body = $('#' + button.attr('aria-controls'));
        fit(body.find('form'));
        button.attr('aria-expanded', open ? 'false' : 'true');
        body.prop('hidden', open);
    });

    $(document).on('change', 'form.okr-kr-settings-form select', function () {
        fit($(this).closest('form'));
    });

    $(document).on('click', 'form.okr-kr-settings-form .okr-jql-preview', function (event) {
        event.preventDefault();
        var button = $(this);
        var form = button.closest('form');
        var count = form.find('.okr-jql-count');
        form.find('[data-okr-error-for="jql"], [data-okr-error-for=""]').text('');
        count.text('');
        button.prop('disabled', true);
        okr.send('POST', form.data('okr-preview'), {jql: form.find('[name=jql]').val()}).done(function (found) {
            count.text(AJS.I18n.getText('okr.ui.krSettings.previewCount', found.count));
        }).fail(function (xhr) {
            showError(form, xhr);
        }).always(function () {
            button.prop('disabled', false);
        });
    });

    $(document).on('submit', 'form.okr-kr-settings-form', function (event) {
        event.preventDefault();
        var form = $(this);
        function value(name) {
            return form.find('[name=' + name + ']').val();
        }
        var body = {
            kind: value('kind'),
            weight: number(value('weight')),
            direction: value('direction'),
            low: optionalNumber(value('low')),
            high: optionalNumber(value('high')),
            metricFrom: value('metricFrom'),
            jql: value('jql') || '',
            aggregateField: value('aggregateField') || '',
            focusMetric: form.find('[name=focusMetric]').is(':checked')
        };
        if (value('credit') === 'own') {
            body.weightToDo = number(value('weightToDo'));
            body.weightInProgress = number(value('weightInProgress'));
            body.weightDone = number(value('weightDone'));
        } else {
            // null clears the key result's own weights: the default for every key result applies
            body.weightToDo = null;
        }
        save(form, form.data('okr-put'), body, AJS.I18n.getText('okr.ui.settings.saved'));
    });

    $(document).on('submit', 'form.okr-rating-form', function (event) {
        event.preventDefault();
        var form = $(this);
        save(form, form.data('okr-put'), {
            scope: form.find('[name=scope]').val(),
            impact: whole(form.find('[name=impact]').val()),
            effort: whole(form.find('[name=effort]').val())
        }, AJS.I18n.getText('okr.ui.rating.saved'));
    });
}(AJS.$, window.NorthstarOkr));
