/*
 * Northstar OKR, Objective panel: opens the objective's settings form and saves its cycle, commitment, owner and
 * weight through the REST API (PUT /objectives/{key}/settings), which validates; its translated message appears next
 * to the field it names. The page reloads after a save, so that the panel shows the figures of the new settings.
 * Handlers are delegated from the document because Jira may load the issue view (and this panel) after the page.
 */
(function ($, okr) {
    'use strict';

    /** A number as JSON; anything else stays text, so that the REST API names the field at fault. */
    function number(raw) {
        var text = $.trim(raw || '');
        return text !== '' && !isNaN(Number(text)) ? Number(text) : text;
    }

    $(document).on('click', '.okr-objective-settings-toggle', function (event) {
        event.preventDefault();
        var button = $(this);
        var open = button.attr('aria-expanded') === 'true';
        button.attr('aria-expanded', open ? 'false' : 'true');
        $('#' + button.attr('aria-controls')).prop('hidden', open);
    });

    $(document).on('submit', 'form.okr-objective-settings-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        var body = {
            committed: form.find('[name=committed]').val() === 'true',
            owner: form.find('[name=owner]').val() || '',
            weight: number(form.find('[name=weight]').val())
        };
        // no cycle chosen sends none: the objective keeps its cycle, or the REST API says one is required
        var cycle = form.find('[name=cycleId]').val();
        if (cycle) {
            body.cycleId = /^[0-9]+$/.test(cycle) ? parseInt(cycle, 10) : cycle;
        }
        okr.clearErrors(form);
        form.find('.okr-form-saved').text('');
        button.prop('disabled', true);
        okr.send('PUT', form.data('okr-put'), body).done(function () {
            form.find('.okr-form-saved').text(AJS.I18n.getText('okr.ui.settings.saved'));
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            button.prop('disabled', false);
        });
    });
}(AJS.$, window.NorthstarOkr));
