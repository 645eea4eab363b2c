/*
 * Northstar OKR, Key Result panel: shows or hides the issues behind the figure, puts what Jira knows since the last
 * check-in into the note with one click, and sends a check-in (confidence, note and, for a metric, its new value) to
 * the REST API, then reloads so the panel shows the new figures. Handlers are delegated from the document because
 * Jira may load the issue view (and this panel) after the page itself.
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

    // the evidence goes after what the member wrote already, never over it
    $(document).on('click', '.okr-checkin-use-note', function (event) {
        event.preventDefault();
        var note = $(this).closest('form').find('[name=note]');
        var written = note.val();
        var evidence = String($(this).attr('data-okr-note') || '');
        note.val(written ? written.replace(/\s+$/, '') + '\n\n' + evidence : evidence);
        note.trigger('focus');
    });

    $(document).on('submit', 'form.okr-checkin-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        button.prop('disabled', true);
        var body = {note: form.find('[name=note]').val()};
        var confidence = parseInt(form.find('[name=confidence]').val(), 10);
        if (!isNaN(confidence)) {
            body.confidence = confidence; // none chosen: the API names the field as required
        }
        var value = form.find('[name=value]');
        if (value.length && $.trim(value.val()) !== '') {
            var raw = $.trim(value.val());
            // not a number: sent as typed, so that the API names the field and says why
            body.value = isNaN(Number(raw)) ? raw : Number(raw);
        }
        okr.send('POST', form.data('okr-post'), body).done(function () {
            form.find('[data-okr-error-for=""]').text(AJS.I18n.getText('okr.ui.checkin.saved'));
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            button.prop('disabled', false);
        });
    });
}(AJS.$, window.NorthstarOkr));
