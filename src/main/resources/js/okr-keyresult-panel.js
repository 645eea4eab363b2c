/*
 * Northstar OKR, Key Result panel: shows or hides the issues behind the figure, and sends a check-in (confidence and
 * note) to the REST API, then reloads so the panel shows the new figures. Handlers are delegated from the document
 * because Jira may load the issue view (and this panel) after the page itself.
 */
(function ($, okr) {
    'use strict';

    $(document).on('click', '.okr-explain-toggle', function (event) {
        event.preventDefault();
        var button = $(this);
        var target = $('#' + button.attr('aria-controls'));
        var open = button.attr('aria-expanded') === 'true';
        button.attr('aria-expanded', open ? 'false' : 'true');
        target.prop('hidden', open);
    });

    $(document).on('submit', 'form.okr-checkin-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        button.prop('disabled', true);
        var confidence = parseInt(form.find('[name=confidence]').val(), 10);
        okr.send('POST', form.data('okr-post'), {
            confidence: isNaN(confidence) ? null : confidence,
            note: form.find('[name=note]').val()
        }).done(function () {
            form.find('[data-okr-error-for=""]').text(AJS.I18n.getText('okr.ui.checkin.saved'));
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            button.prop('disabled', false);
        });
    });
}(AJS.$, window.NorthstarOkr));
