/*
 * Northstar OKR, writing OKRs into Jira (issue 10): the overview's "New objective" form, a metric key result's values,
 * and the link forms and unlink buttons of the objective, key result and initiative panels. Every change goes to the
 * app's REST API, which writes into Jira as the viewer; a refusal (the app's or Jira's own words) is shown next to the
 * field it names. Handlers are delegated from the document because Jira may load the issue view after the page.
 */
(function ($, okr) {
    'use strict';

    var ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-[0-9]+$/;

    /** A number as typed, or the text itself when it is none (the REST API then names the field at fault). */
    function number(raw) {
        var text = $.trim(raw || '');
        if (text === '') {
            return null;
        }
        return isNaN(Number(text)) ? text : Number(text);
    }

    // --- the overview's new objective form

    $(document).on('click', '.okr-create-open', function () {
        var button = $(this);
        var form = $('#' + button.attr('aria-controls'));
        var open = button.attr('aria-expanded') === 'true';
        button.attr('aria-expanded', open ? 'false' : 'true');
        form.prop('hidden', open);
        if (!open) {
            form.find('[name=summary]').trigger('focus');
        }
    });

    $(document).on('click', '.okr-create-cancel', function () {
        var form = $(this).closest('form');
        form.prop('hidden', true);
        $('.okr-create-open[aria-controls="' + form.attr('id') + '"]').attr('aria-expanded', 'false');
    });

    $(document).on('click', '.okr-create-add', function () {
        var next = $(this).closest('form').find('.okr-create-kr[hidden]').first();
        next.prop('hidden', false);
        next.find('[data-okr-kr=summary]').trigger('focus');
        if (!$(this).closest('form').find('.okr-create-kr[hidden]').length) {
            $(this).prop('hidden', true);
        }
    });

    $(document).on('change', '.okr-create-kr [data-okr-kr=kind]', function () {
        var row = $(this).closest('.okr-create-kr');
        row.find('.okr-create-metric').prop('hidden', $(this).val() !== 'metric');
    });

    $(document).on('submit', 'form.okr-create-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        var rows = [];
        var keyResults = [];
        form.find('.okr-create-kr').each(function () {
            var row = $(this);
            var summary = $.trim(row.find('[data-okr-kr=summary]').val() || '');
            if (row.prop('hidden') || summary === '') {
                return;
            }
            var kind = row.find('[data-okr-kr=kind]').val();
            var kr = {summary: summary, kind: kind, weight: number(row.find('[data-okr-kr=weight]').val())};
            if (kind === 'metric') {
                kr.start = number(row.find('[data-okr-kr=start]').val());
                kr.target = number(row.find('[data-okr-kr=target]').val());
                kr.unit = $.trim(row.find('[data-okr-kr=unit]').val() || '');
            }
            rows.push(row);
            keyResults.push(kr);
        });
        var cycleId = parseInt(form.find('[name=cycleId]').val(), 10);
        var project = form.find('[name=project]').val();
        var body = {
            summary: form.find('[name=summary]').val(),
            project: project,
            cycleId: isNaN(cycleId) ? null : cycleId,
            owner: form.find('[name=owner]').val(),
            committed: form.find('[name=committed]:checked').val() === 'true',
            weight: number(form.find('[name=weight]').val()),
            keyResults: keyResults
        };
        button.prop('disabled', true);
        okr.send('POST', form.data('okr-post'), body).done(function (created) {
            form.find('[data-okr-error-for=""]').text(
                AJS.I18n.getText('okr.ui.create.created', created.objective.key));
            window.location.href = form.data('okr-page') + '?cycleId=' + encodeURIComponent(created.cycleId)
                + '&project=' + encodeURIComponent(project);
        }).fail(function (xhr) {
            // the API names a key result by its place in the request: find the row it came from
            var error = xhr.responseJSON || {};
            var match = /^keyResults\[([0-9]+)\](.*)$/.exec(error.field || '');
            if (match && rows[parseInt(match[1], 10)]) {
                var row = rows[parseInt(match[1], 10)];
                var target = row.find('[data-okr-error-for="' + row.data('okr-row') + match[2] + '"]');
                (target.length ? target : row.find('[data-okr-error-for="' + row.data('okr-row') + '"]'))
                    .text(error.message || AJS.I18n.getText('okr.ui.error.unexpected'));
            } else {
                okr.showError(form, xhr);
            }
            button.prop('disabled', false);
        });
    });

    // --- a metric key result's values

    $(document).on('submit', 'form.okr-values-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var button = form.find('button[type=submit]');
        okr.clearErrors(form);
        var body = {};
        form.find('[data-okr-kind]').each(function () {
            var field = $(this);
            body[field.attr('name')] = field.data('okr-kind') === 'text' ? $.trim(field.val() || '')
                : number(field.val());
        });
        button.prop('disabled', true);
        okr.send('PUT', form.data('okr-put'), body).done(function () {
            form.find('[data-okr-error-for=""]').text(AJS.I18n.getText('okr.ui.values.saved'));
            window.location.reload();
        }).fail(function (xhr) {
            okr.showError(form, xhr);
            button.prop('disabled', false);
        });
    });

    // --- links: align to a parent, link an initiative, drive a key result; and every unlink button

    $(document).on('submit', 'form.okr-link-form', function (event) {
        event.preventDefault();
        var form = $(this);
        var name = form.data('okr-field');
        var input = form.find('[name="' + name + '"]');
        var key = $.trim(input.val() || '').toUpperCase();
        okr.clearErrors(form);
        if (!ISSUE_KEY.test(key)) {
            form.find('[data-okr-error-for="' + name + '"]').text(AJS.I18n.getText('okr.ui.link.badKey', key));
            return;
        }
        var body = {};
        body[name] = key;
        var button = form.find('button[type=submit]');
        button.prop('disabled', true);
        okr.send('POST', form.data('okr-post'), body).done(function () {
            window.location.reload();
        }).fail(function (xhr) {
            var error = xhr.responseJSON || {};
            if (error.field && !form.find('[data-okr-error-for="' + error.field + '"]').length) {
                // a refusal about the issue acted from (its key in the address) belongs to the whole form
                form.find('[data-okr-error-for=""]').text(error.message || AJS.I18n.getText('okr.ui.error.unexpected'));
            } else {
                okr.showError(form, xhr);
            }
            button.prop('disabled', false);
        });
    });

    $(document).on('click', 'button.okr-unlink', function () {
        var button = $(this);
        if (!window.confirm(AJS.I18n.getText('okr.ui.link.unlinkConfirm', button.data('okr-key')))) {
            return;
        }
        var error = button.closest('div').find('[data-okr-unlink-error]');
        error.text('');
        button.prop('disabled', true);
        $.ajax({url: button.data('okr-delete'), type: 'DELETE', headers: {'X-Atlassian-Token': 'no-check'}})
            .done(function () {
                window.location.reload();
            }).fail(function (xhr) {
                var answer = xhr.responseJSON || {};
                error.text(answer.message || AJS.I18n.getText('okr.ui.error.unexpected'));
                button.prop('disabled', false);
            });
    });
}(AJS.$, window.NorthstarOkr));
